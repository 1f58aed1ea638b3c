namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>GET /api/documents/{id}/related</c>.</summary>
public sealed record RelatedResponse(string Id, IReadOnlyList<RelatedDocumentResponse> Related);

/// <param name="Snippet">The opening of the document's text, plain (render it as text), cut at a sentence or word.</param>
/// <param name="Date">The document's own date, else its file's modification time (<paramref name="DateSource"/> says which).</param>
public sealed record RelatedDocumentResponse(
    string Id,
    string Title,
    DateTimeOffset Date,
    string DateSource,
    string? Source,
    string? Url,
    double Score,
    string Snippet);
