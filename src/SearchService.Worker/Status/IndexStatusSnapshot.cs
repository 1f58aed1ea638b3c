namespace SearchService.Worker.Status;

/// <summary>What the worker is doing at one moment: immutable, so an HTTP thread reads a consistent whole.</summary>
public sealed record IndexStatusSnapshot
{
    public static IndexStatusSnapshot Initial { get; } = new();

    public IndexState State { get; init; } = IndexState.Indexing;

    /// <summary>A pass over the whole folder has completed into the index searches use, and nothing failed since.</summary>
    public bool InStep { get; init; }

    public int Pending { get; init; }

    public DateTimeOffset? LastChange { get; init; }

    public DateTimeOffset? LastReconcile { get; init; }

    public string? RebuildReason { get; init; }

    /// <summary>Files to index in the current (or last) pass, how many are done, and when it started.</summary>
    public int PassTotal { get; init; }

    public long PassProcessed { get; init; }

    public DateTimeOffset? PassStarted { get; init; }

    /// <summary>Set while failing, and while the pass that recovers from a failure runs.</summary>
    public WorkerError? Error { get; init; }

    public IReadOnlyList<IndexFailure> Failures { get; init; } = [];

    /// <summary>What <c>/readyz</c> answers: searches see the whole folder (a rebuild of a ready index serves the
    /// old, complete one) and the index can be updated.</summary>
    public bool IsReady => InStep && State is IndexState.Ready or IndexState.Rebuilding;
}
