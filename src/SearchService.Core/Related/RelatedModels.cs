using SearchService.Core.Highlighting;

namespace SearchService.Core.Related;

/// <summary>Another document like the one asked about.</summary>
/// <param name="Snippet">The opening of its text, cut at a sentence or word boundary (plain text).</param>
public sealed record RelatedHit(
    string Id,
    string Title,
    DateTimeOffset Date,
    string DateSource,
    string? Source,
    string? Url,
    float Score,
    Fragment Snippet);
