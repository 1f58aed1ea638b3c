namespace SearchService.Core.Highlighting;

/// <summary>Where a hit matched, in its title and in its text, in text order.</summary>
internal sealed record HitMarks(IReadOnlyList<MatchSpan> Title, IReadOnlyList<MatchSpan> Text);
