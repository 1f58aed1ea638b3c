using System.Collections.Concurrent;

namespace SearchService.Worker.Status;

/// <summary>
/// What the worker is doing, shared with the status endpoints. The worker changes it; HTTP threads read it through
/// <see cref="Snapshot"/>, an immutable record swapped under a lock, so they never see half an update.
/// </summary>
public sealed class IndexStatus
{
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, IndexFailure> failures = new(StringComparer.Ordinal);
    private IndexStatusSnapshot current = IndexStatusSnapshot.Initial;
    private long processed;

    /// <summary>Files indexed so far in the current pass (counted from several threads).</summary>
    public long PassProcessed => Interlocked.Read(ref processed);

    public IndexStatusSnapshot Snapshot() => Volatile.Read(ref current) with
    {
        PassProcessed = PassProcessed,
        Failures = [.. failures.Values.OrderBy(f => f.Id, StringComparer.Ordinal)],
    };

    public void BeginPass(int total, DateTimeOffset now)
    {
        Interlocked.Exchange(ref processed, 0);
        Change(s => s with { PassTotal = total, PassStarted = now });
    }

    public void CountProcessed() => Interlocked.Increment(ref processed);

    public void SetPending(int pending) => Change(s => s with { Pending = pending });

    public void RecordChange(DateTimeOffset at) => Change(s => s with { LastChange = at });

    public void RecordReconcile(DateTimeOffset at, bool changed) =>
        Change(s => s with { LastReconcile = at, LastChange = changed ? at : s.LastChange });

    /// <summary>A new index is being built; whether the service stays ready depends on what it was before.</summary>
    public void BeginRebuild(string reason) => Change(s => s with { State = IndexState.Rebuilding, RebuildReason = reason });

    /// <summary>A pass over the whole folder has completed: the index searches use is in step with the folder.</summary>
    public void MarkReady() => Change(s => s with { State = IndexState.Ready, InStep = true, Error = null });

    /// <summary>The index cannot be updated: not ready until a recovery pass completes.</summary>
    public void Fail(WorkerError error) => Change(s => s with { State = IndexState.Failing, InStep = false, Error = error });

    /// <summary>The writer is back and the pass that brings the index in step runs (a rebuild's, when
    /// <paramref name="rebuildReason"/> is set); the error stays until it completes.</summary>
    public void Recovering(string? rebuildReason) => Change(s => s with
    {
        State = rebuildReason is null ? IndexState.Indexing : IndexState.Rebuilding,
        RebuildReason = rebuildReason ?? s.RebuildReason,
        Error = s.Error is null ? null : s.Error with { NextAttempt = null },
    });

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

    private void Change(Func<IndexStatusSnapshot, IndexStatusSnapshot> change)
    {
        lock (gate)
        {
            Volatile.Write(ref current, change(current));
        }
    }
}
