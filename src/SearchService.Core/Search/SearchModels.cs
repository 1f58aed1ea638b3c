using SearchService.Core.Documents;
using SearchService.Core.Highlighting;

namespace SearchService.Core.Search;

/// <summary>What a caller asks for: already validated (page ≥ 1, size within limits).</summary>
public sealed record SearchRequest(string Query, int Page = 1, int Size = 10);

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
}

/// <summary>A query word and the other spellings it was searched in.</summary>
public sealed record ExpandedWord(string Word, IReadOnlyList<string> Variants);

/// <summary>A whole document, with the query's matches marked when a query was given.</summary>
public sealed record HighlightedDocument(SourceDocument Document, Fragment? Title, Fragment? Text);
