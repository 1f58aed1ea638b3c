namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>GET /api/documents/{id}</c>.</summary>
/// <param name="TitleHtml">With <c>?q=</c>: the title HTML-escaped, the query's matches in &lt;mark&gt;.</param>
/// <param name="TitleParts">With <c>?q=</c>: the title as parts, each flagged when it is a match.</param>
/// <param name="TextHtml">With <c>?q=</c>: the whole text HTML-escaped, the query's matches in &lt;mark&gt;.</param>
/// <param name="TextParts">With <c>?q=</c>: the whole text as parts; they concatenate to <paramref name="Text"/>.</param>
/// <param name="Date">The document's own date (front matter, JSON, HTML meta), else its file's modification time.</param>
/// <param name="DateSource"><c>document</c> or <c>file</c>: which of the two <paramref name="Date"/> is.</param>
public sealed record DocumentResponse(
    string Id,
    string Title,
    string? TitleHtml,
    IReadOnlyList<MarkedPart>? TitleParts,
    string Text,
    string? TextHtml,
    IReadOnlyList<MarkedPart>? TextParts,
    string Path,
    DateTimeOffset Modified,
    long Length,
    DateTimeOffset Date,
    string DateSource,
    string? Url,
    string? Source,
    string? Description,
    IReadOnlyList<string> Tags);
