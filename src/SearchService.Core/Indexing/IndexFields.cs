namespace SearchService.Core.Indexing;

/// <summary>Field names of the Lucene index, in one place so the writer, query builder and highlighter agree.</summary>
internal static class IndexFields
{
    public const string Id = "id";

    /// <summary>Folded and stemmed title; also stores the original title.</summary>
    public const string Title = "title";

    /// <summary>Folded, unstemmed title.</summary>
    public const string TitleExact = "title_exact";

    /// <summary>Folded and stemmed body; also stores the original text that snippets are cut from (in pieces, see
    /// <see cref="StoredText"/>).</summary>
    public const string Text = "text";

    /// <summary>Folded, unstemmed body.</summary>
    public const string TextExact = "text_exact";

    /// <summary>Folded body reduced to roots (يسافر and السفر both give سفر).</summary>
    public const string TextRoot = "text_root";

    public const string Modified = "modified";
    public const string Length = "length";
    public const string Date = "date";
    public const string Url = "url";
    public const string Source = "source";
    public const string Tags = "tags";
    public const string Description = "description";

    /// <summary>The date a document goes by (<see cref="Documents.DocumentDate.Of"/>), UTC ticks: indexed for date
    /// ranges, a column for sorting by date.</summary>
    public const string Published = "published";

    /// <summary>The source and each tag as one exact, case-folded term (<see cref="FilterKey"/>), for filters.</summary>
    public const string SourceKey = "source_key";

    public const string TagKey = "tag_key";

    /// <summary>The source, and each tag, as written (trimmed): columns the facets count by (one value per filter key
    /// in a document, its first written form).</summary>
    public const string SourceFacet = "source_facet";

    public const string TagFacet = "tag_facet";

    /// <summary>The whole title folded (<see cref="Suggest.TitleKey"/>) as one exact term, so titles starting with
    /// what is typed are a seek in the term dictionary.</summary>
    public const string TitleKey = "title_key";

    /// <summary>How a source or tag is matched by a filter: whole, trimmed, case-folded.</summary>
    public static string FilterKey(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The unstemmed twin of a stemmed field.</summary>
    public static string ExactOf(string field) => field == Title ? TitleExact : TextExact;
}
