using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>Maps a <see cref="SourceDocument"/> to Lucene fields and back. Lucene types stay in Indexing.</summary>
internal static class DocumentMapper
{
    // Positions and offsets in the postings of every searched field: snippet marks are read from there for the
    // terms the query searched, instead of analysing a hit's text again.
    private static readonly FieldType Searched = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS });
    private static readonly FieldType SearchedAndStored = Frozen(new FieldType(Searched) { IsStored = true });

    public static Document ToLucene(SourceDocument source)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, source.Id, Field.Store.YES),
            new Field(IndexFields.Title, source.Title, SearchedAndStored),
            new Field(IndexFields.TitleExact, source.Title, Searched),
            new Field(IndexFields.Text, source.Text, Searched),
            new Field(IndexFields.TextExact, source.Text, Searched),
            new Field(IndexFields.TextRoot, source.Text, Searched),
            new StoredField(IndexFields.Modified, source.Modified.UtcTicks),
            new StoredField(IndexFields.Length, source.Length),

            // Column copies of the fingerprint: a reconcile reads them for every document without
            // decompressing stored text.
            new SortedDocValuesField(IndexFields.Id, new BytesRef(source.Id)),
            new NumericDocValuesField(IndexFields.Modified, source.Modified.UtcTicks),
            new NumericDocValuesField(IndexFields.Length, source.Length),
        };
        AddOptional(doc, IndexFields.Date, source.Date);
        var published = DocumentDate.Of(source).Date.UtcTicks;
        doc.Add(new Int64Field(IndexFields.Published, published, Field.Store.NO));
        doc.Add(new NumericDocValuesField(IndexFields.Published, published));
        if (!string.IsNullOrWhiteSpace(source.Source))
        {
            doc.Add(new StringField(IndexFields.SourceKey, IndexFields.FilterKey(source.Source), Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.SourceFacet, new BytesRef(source.Source.Trim())));
        }

        // One facet value per tag key: "Culture" and "culture" on one document count it once.
        foreach (var tag in source.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).DistinctBy(IndexFields.FilterKey))
        {
            doc.Add(new SortedSetDocValuesField(IndexFields.TagFacet, new BytesRef(tag.Trim())));
        }

        if (Suggest.TitleKey.Of(source.Title) is { Length: > 0 } titleKey)
        {
            doc.Add(new StringField(IndexFields.TitleKey, titleKey, Field.Store.NO));
        }

        AddOptional(doc, IndexFields.Url, source.Url);
        AddOptional(doc, IndexFields.Source, source.Source);
        AddOptional(doc, IndexFields.Description, source.Description);
        foreach (var tag in source.Tags)
        {
            doc.Add(new StoredField(IndexFields.Tags, tag));
            doc.Add(new StringField(IndexFields.TagKey, IndexFields.FilterKey(tag), Field.Store.NO));
        }

        foreach (var piece in StoredText.Split(source.Text))
        {
            doc.Add(new StoredField(IndexFields.Text, piece)); // last, see StoredText
        }

        return doc;
    }

    public static SourceDocument FromLucene(Document doc) => new()
    {
        Id = doc.Get(IndexFields.Id, CultureInfo.InvariantCulture),
        Title = doc.Get(IndexFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
        Text = string.Concat(doc.GetValues(IndexFields.Text, CultureInfo.InvariantCulture) ?? []),
        Modified = new DateTimeOffset(doc.GetField(IndexFields.Modified)?.GetInt64Value() ?? 0, TimeSpan.Zero),
        Length = doc.GetField(IndexFields.Length)?.GetInt64Value() ?? 0,
        Date = doc.Get(IndexFields.Date, CultureInfo.InvariantCulture),
        Url = doc.Get(IndexFields.Url, CultureInfo.InvariantCulture),
        Source = doc.Get(IndexFields.Source, CultureInfo.InvariantCulture),
        Description = doc.Get(IndexFields.Description, CultureInfo.InvariantCulture),
        Tags = doc.GetValues(IndexFields.Tags, CultureInfo.InvariantCulture) ?? [],
    };

    /// <summary>A hit's stored fields with only the first piece of its text (<see cref="StoredText.PieceLength"/>
    /// characters), or with no text; and whether more text follows what was read.</summary>
    public static (SourceDocument Document, bool TextContinues) Opening(IndexSearcher searcher, int doc, bool withText)
    {
        var visitor = new OpeningFieldsVisitor(withText);
        searcher.Doc(doc, visitor);
        return (FromLucene(visitor.Document), visitor.TextContinues);
    }

    /// <summary>The part of a hit's stored text around <paramref name="offset"/> (the piece holding it and the
    /// next), where it starts in the whole text, and whether the text goes on after it.</summary>
    public static (string Text, int Start, bool TextContinues) TextAround(IndexSearcher searcher, int doc, int offset)
    {
        var visitor = new TextWindowVisitor(offset);
        searcher.Doc(doc, visitor);
        return (visitor.Window, Math.Max(visitor.Start, 0), visitor.TextContinues);
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddOptional(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }
}
