namespace SearchService.Worker.Status;

/// <summary>A file that could not be indexed, with the fingerprint it had, so it is retried only once it changes.</summary>
public sealed record IndexFailure(string Id, string Reason, DateTimeOffset At, long ModifiedTicks, long Length);
