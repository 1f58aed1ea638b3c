namespace SearchService.Worker.Queue;

/// <summary>What the worker should do next: paths whose events have settled, and/or a full reconcile, which
/// <paramref name="Rebuild"/> turns into a re-read of every file.</summary>
public sealed record ChangeBatch(IReadOnlyList<string> Paths, bool Reconcile, bool Rebuild = false);

/// <summary>
/// Coalesces file events by path and releases each path once it has been quiet for the debounce delay, so a file
/// still being written is read once, when complete. A reconcile request is released at once.
/// </summary>
public sealed class ChangeQueue(TimeProvider time, TimeSpan debounce) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> due = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim signal = new(0);
    private bool reconcile;
    private bool rebuild;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return due.Count;
            }
        }
    }

    public void Enqueue(string fullPath)
    {
        lock (gate)
        {
            due[fullPath] = time.GetUtcNow() + debounce;
        }

        Wake();
    }

    public void RequestReconcile()
    {
        lock (gate)
        {
            reconcile = true;
        }

        Wake();
    }

    /// <summary>Asks for every file to be read and indexed again (a reconcile that trusts no fingerprint).</summary>
    public void RequestRebuild()
    {
        lock (gate)
        {
            rebuild = true;
        }

        Wake();
    }

    /// <summary>Waits until a reconcile is requested or at least one path is due, then takes all due paths.</summary>
    public async Task<ChangeBatch> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                var ready = due.Where(p => p.Value <= now).Select(p => p.Key).ToList();
                if (ready.Count > 0 || reconcile || rebuild)
                {
                    foreach (var path in ready)
                    {
                        due.Remove(path);
                    }

                    var batch = new ChangeBatch(ready, reconcile || rebuild, rebuild);
                    reconcile = false;
                    rebuild = false;
                    return batch;
                }

                wait = due.Count == 0 ? Timeout.InfiniteTimeSpan : due.Values.Min() - now;
            }

            // Woken early by a new event; otherwise when the earliest path becomes due.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (wait != Timeout.InfiniteTimeSpan)
            {
                _ = Task.Delay(wait, time, timeout.Token).ContinueWith(_ => Wake(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            }

            try
            {
                await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await timeout.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => signal.Dispose();

    private void Wake()
    {
        // At most one pending wake-up is needed: the waiter re-reads everything when it runs.
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }
}
