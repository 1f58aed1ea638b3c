using System.Collections.Concurrent;

namespace SearchService.Worker.Status;

public enum IndexState
{
    /// <summary>The initial pass over the folder is running; results may be incomplete.</summary>
    Indexing,

    /// <summary>The index matches the folder as of the last pass; changes are applied as they come.</summary>
    Ready,

    /// <summary>A new index is being built beside the current one, which searches still use while it is readable.</summary>
    Rebuilding,
}

/// <summary>A file that could not be indexed, with the fingerprint it had, so it is retried only once it changes.</summary>
public sealed record IndexFailure(string Id, string Reason, DateTimeOffset At, long ModifiedTicks, long Length);

/// <summary>What the worker is doing, shared with the status endpoints. Written by the worker only.</summary>
public sealed class IndexStatus
{
    private readonly ConcurrentDictionary<string, IndexFailure> failures = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long processed;
    private bool inStep;

    public IndexState State { get; private set; } = IndexState.Indexing;

    /// <summary>Searches see the whole folder: a pass has completed (a rebuild of a ready index serves the old,
    /// complete one meanwhile; a rebuild at start does not count until it completes).</summary>
    public bool IsReady => inStep && State is IndexState.Ready or IndexState.Rebuilding;

    /// <summary>Completes when the initial reconcile has been committed and a searcher sees it.</summary>
    public Task Ready => ready.Task;

    public int Pending { get; set; }

    public DateTimeOffset? LastChange { get; set; }

    public DateTimeOffset? LastReconcile { get; set; }

    public string? RebuildReason { get; set; }

    /// <summary>Files to index in the current pass, and how many are done.</summary>
    public int PassTotal { get; private set; }

    public long PassProcessed => Interlocked.Read(ref processed);

    public DateTimeOffset? PassStarted { get; private set; }

    public IReadOnlyCollection<IndexFailure> Failures => [.. failures.Values.OrderBy(f => f.Id, StringComparer.Ordinal)];

    public void BeginPass(int total, DateTimeOffset now)
    {
        PassTotal = total;
        Interlocked.Exchange(ref processed, 0);
        PassStarted = now;
    }

    public void CountProcessed() => Interlocked.Increment(ref processed);

    public void MarkReady()
    {
        State = IndexState.Ready;
        inStep = true;
        ready.TrySetResult();
    }

    public void BeginRebuild(string reason)
    {
        RebuildReason = reason;
        State = IndexState.Rebuilding;
    }

    /// <summary>Records a failure; returns false when the same file failed the same way before (log it once).</summary>
    public bool RecordFailure(IndexFailure failure)
    {
        var isNew = !failures.TryGetValue(failure.Id, out var previous)
            || previous.Reason != failure.Reason
            || previous.ModifiedTicks != failure.ModifiedTicks
            || previous.Length != failure.Length;
        failures[failure.Id] = failure;
        return isNew;
    }

    public bool TryGetFailure(string id, out IndexFailure? failure) => failures.TryGetValue(id, out failure);

    public void ClearFailure(string id) => failures.TryRemove(id, out _);

    public void ClearFailuresUnder(string folderId)
    {
        var prefix = folderId.TrimEnd('/') + "/";
        foreach (var id in failures.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            failures.TryRemove(id, out _);
        }
    }

    public void ClearFailuresExcept(IReadOnlySet<string> present)
    {
        foreach (var id in failures.Keys.Where(k => !present.Contains(k)))
        {
            failures.TryRemove(id, out _);
        }
    }
}
