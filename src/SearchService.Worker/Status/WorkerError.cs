namespace SearchService.Worker.Status;

/// <summary>Why the index cannot be updated: the last error, since when it has been failing, how many recovery
/// attempts there were, and when the next one is due.</summary>
public sealed record WorkerError(string Reason, DateTimeOffset Since, int Attempts, DateTimeOffset? NextAttempt);
