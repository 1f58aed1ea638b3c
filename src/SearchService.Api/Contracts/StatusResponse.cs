namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>GET /api/status</c>.</summary>
/// <param name="Segments">Segments of the index searches read (each costs every search a little; after a large pass
/// the service merges them into one).</param>
public sealed record StatusResponse(
    string State,
    int Documents,
    int Pending,
    DateTimeOffset? LastChange,
    DateTimeOffset? LastReconcile,
    long IndexSizeBytes,
    int Segments,
    ProgressResponse Progress,
    string? RebuildReason,
    ErrorResponse? Error,
    IReadOnlyList<FailureResponse> Failures);

/// <summary>The current (or last) pass over the folder.</summary>
public sealed record ProgressResponse(long Processed, int Total, DateTimeOffset? Started);

/// <summary>Why the index cannot be updated, since when, and the recovery attempts (null when all is well).</summary>
public sealed record ErrorResponse(string Reason, DateTimeOffset Since, int Attempts, DateTimeOffset? NextAttempt);

public sealed record FailureResponse(string Id, string Reason, DateTimeOffset At);
