namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>POST /api/index/rebuild</c>: queued, and where to watch its progress.</summary>
public sealed record RebuildResponse(string Status, string Progress);
