using Microsoft.Extensions.Time.Testing;
using SearchService.Worker.Queue;

namespace SearchService.Worker.Tests.Queue;

/// <summary>
/// The debounce, driven by a fake clock: nothing here waits for real time to pass. A path is released once it has
/// been quiet for the delay, a new event for it starts the delay again, and reconcile and rebuild requests do not
/// wait at all. Awaits carry a real-time deadline only so that a broken queue fails instead of hanging.
/// </summary>
public sealed class ChangeQueueTests : IDisposable
{
    // Far longer than any test runs: only the fake clock can make a path due, never real time passing.
    private static readonly TimeSpan Debounce = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Tenth = Debounce / 10;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider clock = new();
    private readonly ChangeQueue queue;
    private readonly CancellationTokenSource stop = new(Deadline);

    public ChangeQueueTests() => queue = new ChangeQueue(clock, Debounce);

    public void Dispose()
    {
        queue.Dispose();
        stop.Dispose();
    }

    [Fact]
    public async Task Path_IsNotReleased_BeforeTheDebounceDelayHasPassed()
    {
        queue.Enqueue("/docs/a.txt");
        clock.Advance(Debounce - TimeSpan.FromTicks(1));

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var waiting = queue.WaitAsync(cancel.Token);

        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public async Task Path_IsReleased_OnceTheDebounceDelayHasPassedOnTheClock()
    {
        queue.Enqueue("/docs/a.txt");
        var waiting = queue.WaitAsync(stop.Token);
        Assert.False(waiting.IsCompleted);

        // The waiter is parked on a delay of the queue's TimeProvider: moving the fake clock is what wakes it.
        clock.Advance(Debounce);
        var batch = await waiting.WaitAsync(Deadline);

        Assert.Equal(["/docs/a.txt"], batch.Paths);
        Assert.False(batch.Reconcile);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task NewEventForTheSamePath_PushesItsReleaseBack()
    {
        queue.Enqueue("/docs/a.txt");                          // due at 10 tenths
        var waiting = queue.WaitAsync(stop.Token);
        clock.Advance(2 * Tenth);
        queue.Enqueue("/docs/probe.txt");                      // due at 12 tenths
        clock.Advance(3 * Tenth);
        queue.Enqueue("/docs/a.txt");                          // written again: now due at 15 tenths

        // At 12 tenths a.txt's first delay is long over, yet only the probe may come out.
        clock.Advance(7 * Tenth);
        Assert.Equal(["/docs/probe.txt"], (await waiting.WaitAsync(Deadline)).Paths);

        var next = queue.WaitAsync(stop.Token);
        Assert.False(next.IsCompleted);
        clock.Advance(3 * Tenth);
        Assert.Equal(["/docs/a.txt"], (await next.WaitAsync(Deadline)).Paths);
    }

    [Fact]
    public async Task ManyEventsForManyPaths_CoalesceIntoOneBatch_WithEachPathOnce()
    {
        var paths = Enumerable.Range(0, 50).Select(i => $"/docs/{i:00}.txt").ToList();
        for (var round = 0; round < 5; round++)
        {
            foreach (var path in paths)
            {
                queue.Enqueue(path);
            }

            clock.Advance(Tenth / 10);
        }

        Assert.Equal(50, queue.Count);
        var waiting = queue.WaitAsync(stop.Token);
        clock.Advance(Debounce);
        var batch = await waiting.WaitAsync(Deadline);

        Assert.Equal(paths, batch.Paths.Order(StringComparer.Ordinal));
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task ReconcileRequest_IsReleasedAtOnce_WithoutTheClockMoving_AndLeavesSettlingPathsQueued()
    {
        queue.Enqueue("/docs/settling.txt");
        var waiting = queue.WaitAsync(stop.Token);
        Assert.False(waiting.IsCompleted);

        queue.RequestReconcile();
        var batch = await waiting.WaitAsync(Deadline);

        Assert.True(batch.Reconcile);
        Assert.False(batch.Rebuild);
        Assert.Empty(batch.Paths);
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public async Task RebuildRequest_IsReleasedAtOnce_AsAReconcileThatRebuilds_AndOnlyOnce()
    {
        queue.Enqueue("/docs/settling.txt");

        queue.RequestRebuild();
        var first = await queue.WaitAsync(stop.Token);

        Assert.True(first.Rebuild);
        Assert.True(first.Reconcile);
        Assert.Empty(first.Paths); // the path is still within its debounce delay

        queue.RequestReconcile();
        var second = await queue.WaitAsync(stop.Token);
        Assert.True(second.Reconcile);
        Assert.False(second.Rebuild);
        Assert.Equal(1, queue.Count);
    }
}
