using SearchService.Worker.Queue;

namespace SearchService.Worker.Tests.Queue;

/// <summary>The rebuild request rides on the queue like a reconcile, and is taken once.</summary>
public sealed class ChangeQueueTests
{
    [Fact]
    public async Task RequestRebuild_IsReleasedAtOnce_AsAReconcileThatRebuilds_AndOnlyOnce()
    {
        using var queue = new ChangeQueue(TimeProvider.System, TimeSpan.FromHours(1));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        queue.Enqueue("/docs/still-settling.txt");

        queue.RequestRebuild();
        var first = await queue.WaitAsync(timeout.Token);

        Assert.True(first.Rebuild);
        Assert.True(first.Reconcile);
        Assert.Empty(first.Paths); // the path is still within its debounce delay

        queue.RequestReconcile();
        var second = await queue.WaitAsync(timeout.Token);
        Assert.True(second.Reconcile);
        Assert.False(second.Rebuild);
        Assert.Equal(1, queue.Count);
    }
}
