namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>GET /api/documents/{id}</c>.</summary>
/// <param name="TitleHtml">With <c>?q=</c>: the title HTML-escaped, the query's matches in &lt;mark&gt;.</param>
/// <param name="TextHtml">With <c>?q=</c>: the whole text HTML-escaped, the query's matches in &lt;mark&gt;.</param>
public sealed record DocumentResponse(
    string Id,
    string Title,
    string? TitleHtml,
    string Text,
    string? TextHtml,
    string Path,
    DateTimeOffset Modified,
    long Length,
    string? Date,
    string? Url,
    string? Source,
    string? Description,
    IReadOnlyList<string> Tags);
