using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Spelling;

namespace SearchService.Core.Search;

/// <summary>What a caller asks for: already validated (page ≥ 1, size within limits).</summary>
public sealed record SearchRequest(string Query, int Page = 1, int Size = 10)
{
    /// <summary>Only hits that pass these; none by default.</summary>
    public SearchFilters Filters { get; init; } = SearchFilters.None;

    /// <summary>Relevance (the default), or newest first with ties by relevance, then id.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
}

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>
/// What a hit must be: dated within <see cref="From"/>–<see cref="To"/> (inclusive days, UTC; the date a document goes
/// by, its own or its file's), from one of <see cref="Sources"/> and tagged with one of <see cref="Tags"/>. An empty
/// list does not filter; values within one list are alternatives, the lists together must all hold.
/// </summary>
public sealed record SearchFilters(DateOnly? From = null, DateOnly? To = null)
{
    public static SearchFilters None { get; } = new();

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool IsEmpty => From is null && To is null && Sources.Count == 0 && Tags.Count == 0;
}

public sealed record SearchHit(
    string Id,
    string Title,
    Fragment TitleFragment,
    float Score,
    IReadOnlyList<Fragment> Snippets,
    DateTimeOffset Modified,
    DateTimeOffset Date,
    string DateSource,
    string? Url,
    string? Source);

/// <param name="TimedOut">True when the time budget ran out: the hits are the best found until then.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, TimeSpan Took, bool TimedOut = false)
{
    /// <summary>Words that were also searched in other spellings (a name typed in Latin letters: its Arabic ones).</summary>
    public IReadOnlyList<ExpandedWord> Expanded { get; init; } = [];

    /// <summary>The query with misspelt words corrected from the index's own words, or null when it needs none.</summary>
    public SpellingSuggestion? DidYouMean { get; init; }
}

/// <summary>A query word and the other spellings it was searched in.</summary>
public sealed record ExpandedWord(string Word, IReadOnlyList<string> Variants);

/// <summary>A whole document, with the query's matches marked when a query was given.</summary>
public sealed record HighlightedDocument(SourceDocument Document, Fragment? Title, Fragment? Text);
