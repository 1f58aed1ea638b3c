namespace SearchService.Worker.Queue;

/// <summary>What the worker should do next: paths whose events have settled, and/or a full reconcile, which
/// <paramref name="Rebuild"/> turns into a re-read of every file.</summary>
public sealed record ChangeBatch(IReadOnlyList<string> Paths, bool Reconcile, bool Rebuild = false);

/// <summary>
/// Coalesces file events by path and releases each path once it has been quiet for the debounce delay, so a file
/// still being written is read once, when complete. A reconcile request is released at once.
/// </summary>
/// <remarks>
/// One timer of the <see cref="TimeProvider"/> wakes the waiter when the earliest path is due. It is armed only
/// where the clock was just read on the same thread: when a path is enqueued, and in the timer's own callback.
/// The waiter never arms it, because a delay computed from an earlier reading of a clock that moved meanwhile
/// (a test's fake clock jumps at once) fires late, possibly never.
/// </remarks>
public sealed class ChangeQueue : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> due = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim signal = new(0);
    private readonly TimeProvider time;
    private readonly TimeSpan debounce;
    private readonly ITimer timer;
    private bool timerArmed;
    private bool reconcile;
    private bool rebuild;
    private bool disposed;

    public ChangeQueue(TimeProvider time, TimeSpan debounce)
    {
        this.time = time;
        this.debounce = debounce;
        timer = time.CreateTimer(static queue => ((ChangeQueue)queue!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

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
            if (disposed)
            {
                return; // a late file event during shutdown
            }

            due[fullPath] = time.GetUtcNow() + debounce;
            if (debounce <= TimeSpan.Zero)
            {
                Wake();
            }
            else if (!timerArmed)
            {
                // Every path waits the same delay, so a path enqueued now is never due before the one an armed
                // timer already waits for: only an idle timer needs arming.
                timerArmed = true;
                timer.Change(debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void RequestReconcile()
    {
        lock (gate)
        {
            reconcile = true;
            Wake();
        }
    }

    /// <summary>Asks for every file to be read and indexed again (a reconcile that trusts no fingerprint).</summary>
    public void RequestRebuild()
    {
        lock (gate)
        {
            rebuild = true;
            Wake();
        }
    }

    /// <summary>Waits until a reconcile is requested or at least one path is due, then takes all due paths.</summary>
    public async Task<ChangeBatch> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
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
            }

            // Woken by a request, or by the timer once a path is due.
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        timer.Dispose();
        signal.Dispose();
    }

    // Runs at the time the timer was armed for (on a fake clock: inside Advance, with the clock at that time), so
    // the next delay is computed from the clock the timer itself counts from.
    private void OnTimer()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var now = time.GetUtcNow();
            var next = due.Values.Where(d => d > now).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            timerArmed = next != DateTimeOffset.MaxValue;
            if (timerArmed)
            {
                timer.Change(next - now, Timeout.InfiniteTimeSpan); // a path enqueued again since is due later
            }

            if (due.Values.Any(d => d <= now))
            {
                Wake();
            }
        }
    }

    // Called under the gate. At most one pending wake-up is needed: the waiter re-reads everything when it runs.
    private void Wake()
    {
        if (!disposed && signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }
}
