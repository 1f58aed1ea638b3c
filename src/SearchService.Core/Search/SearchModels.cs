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

    /// <summary>Where an earlier page ended (its <see cref="SearchResults.Next"/>): the page after it is returned
    /// instead of <see cref="Page"/>. Must come from the same query, filters and sort
    /// (<see cref="SearchCursor.TryDecode"/> checks).</summary>
    public SearchCursor? After { get; init; }
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

    /// <summary>Counts over all matches of the query and the other filters (see <see cref="SearchFacets"/>).</summary>
    public SearchFacets Facets { get; init; } = SearchFacets.Empty;

    /// <summary>Where this page ended, to ask for the following one with <see cref="SearchRequest.After"/>; null on
    /// the last page.</summary>
    public SearchCursor? Next { get; init; }

    /// <summary>The query with misspelt words corrected from the index's own words, or null when it needs none.</summary>
    public SpellingSuggestion? DidYouMean { get; init; }
}

/// <summary>
/// How many matches of the query have each source, tag and year (the UTC year of the date a document goes by): at
/// most <see cref="FacetTally.MaxValues"/> values each, largest count first, ties by value. Each facet counts the
/// matches that pass the other filters but not its own (year's own is the date range), so a reader can switch.
/// Sources and tags that differ only in case or surrounding spaces count as one, shown in their commonest written
/// form (ties: the first in ordinal order).
/// </summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Source, IReadOnlyList<FacetValue> Tag, IReadOnlyList<FacetValue> Year)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

public sealed record FacetValue(string Value, int Count);

/// <summary>A query word and the other spellings it was searched in.</summary>
public sealed record ExpandedWord(string Word, IReadOnlyList<string> Variants);

/// <summary>A whole document, with the query's matches marked when a query was given.</summary>
public sealed record HighlightedDocument(SourceDocument Document, Fragment? Title, Fragment? Text);
