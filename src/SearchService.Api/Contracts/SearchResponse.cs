namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>GET /api/search</c>.</summary>
/// <param name="TimedOut">True when the search hit its time budget: the hits are the best found until then.</param>
/// <param name="Expanded">Query words also searched in other spellings (a name typed in Latin letters: the Arabic
/// spellings the index holds), so a reader can see why an article matched.</param>
/// <param name="Facets">Counts over all matches of the query and the other filters: each facet is not narrowed by
/// its own filter (year's is from/to), so a reader can switch.</param>
/// <param name="Next">Pass as <c>after</c> (same q, filters and sort) for the following page; null on the last.</param>
/// <param name="DidYouMean">The query with misspelt words corrected from the index's own words, or null.</param>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<SearchHitResponse> Hits,
    bool TimedOut,
    IReadOnlyList<ExpandedWordResponse> Expanded,
    FacetsResponse Facets,
    string? Next,
    DidYouMeanResponse? DidYouMean);

/// <summary>At most 20 values each, largest count first, ties by value.</summary>
public sealed record FacetsResponse(IReadOnlyList<FacetValueResponse> Source, IReadOnlyList<FacetValueResponse> Tag, IReadOnlyList<FacetValueResponse> Year);

public sealed record FacetValueResponse(string Value, int Count);

public sealed record ExpandedWordResponse(string Word, IReadOnlyList<string> Variants);

/// <param name="TitleHtml">The title, HTML-escaped, with matched words in &lt;mark&gt;.</param>
/// <param name="TitleParts">The same title as data: its parts, each flagged when it is a match.</param>
/// <param name="Snippets">Fragments of the text, HTML-escaped, with matched words in &lt;mark&gt;.</param>
/// <param name="Fragments">The same fragments as data, in the same order, for clients that render text themselves.</param>
/// <param name="Date">The document's own date (front matter, JSON, HTML meta), else its file's modification time.</param>
/// <param name="DateSource"><c>document</c> or <c>file</c>: which of the two <paramref name="Date"/> is.</param>
public sealed record SearchHitResponse(
    string Id,
    string Title,
    string TitleHtml,
    IReadOnlyList<MarkedPart> TitleParts,
    double Score,
    IReadOnlyList<string> Snippets,
    IReadOnlyList<MarkedFragment> Fragments,
    string Path,
    DateTimeOffset Modified,
    DateTimeOffset Date,
    string DateSource,
    string? Url,
    string? Source);
