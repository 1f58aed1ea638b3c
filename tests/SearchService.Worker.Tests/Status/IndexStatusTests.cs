using SearchService.Worker.Status;

namespace SearchService.Worker.Tests.Status;

/// <summary>The states /api/status and /readyz report, read as snapshots while the worker changes them.</summary>
public sealed class IndexStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FirstPass_IsNotReadyUntilItCompletes()
    {
        var status = new IndexStatus();
        Assert.Equal(IndexState.Indexing, status.Snapshot().State);
        Assert.False(status.Snapshot().IsReady);

        status.MarkReady();

        Assert.True(status.Snapshot().IsReady);
    }

    [Fact]
    public void RebuildOfAReadyIndex_StaysReady_ButARebuildAtStartIsNot()
    {
        var ready = new IndexStatus();
        ready.MarkReady();
        ready.BeginRebuild("asked");
        Assert.Equal((IndexState.Rebuilding, true), (ready.Snapshot().State, ready.Snapshot().IsReady));

        var atStart = new IndexStatus();
        atStart.BeginRebuild("unreadable");
        Assert.Equal((IndexState.Rebuilding, false), (atStart.Snapshot().State, atStart.Snapshot().IsReady));
    }

    [Fact]
    public void Failing_IsNotReady_AndStaysSoWhileRecovering_UntilAPassCompletes()
    {
        var status = new IndexStatus();
        status.MarkReady();

        status.Fail(new WorkerError("IOException: No space left on device", Now, 1, Now.AddSeconds(1)));
        var failing = status.Snapshot();
        Assert.Equal(IndexState.Failing, failing.State);
        Assert.False(failing.IsReady);
        Assert.Equal(1, failing.Error!.Attempts);

        status.Recovering(rebuildReason: null);
        var recovering = status.Snapshot();
        Assert.Equal(IndexState.Indexing, recovering.State);
        Assert.False(recovering.IsReady);
        Assert.NotNull(recovering.Error); // still says what went wrong until the pass is done
        Assert.Null(recovering.Error!.NextAttempt);

        status.MarkReady();
        Assert.True(status.Snapshot().IsReady);
        Assert.Null(status.Snapshot().Error);
    }

    [Fact]
    public void Snapshot_IsImmutable_LaterChangesDoNotAlterIt()
    {
        var status = new IndexStatus();
        status.BeginPass(10, Now);
        status.CountProcessed();
        var before = status.Snapshot();

        status.CountProcessed();
        status.RecordReconcile(Now, changed: true);
        status.MarkReady();

        Assert.Equal((IndexState.Indexing, 1L, 10, (DateTimeOffset?)null), (before.State, before.PassProcessed, before.PassTotal, before.LastReconcile));
        Assert.Equal((IndexState.Ready, 2L, (DateTimeOffset?)Now, (DateTimeOffset?)Now), (status.Snapshot().State, status.Snapshot().PassProcessed, status.Snapshot().LastReconcile, status.Snapshot().LastChange));
    }

    [Fact]
    public async Task ConcurrentReaders_SeeOnlyWholeUpdates()
    {
        // The worker sets the timestamps of one reconcile together; a reader must never see one without the other.
        var status = new IndexStatus();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                status.RecordReconcile(Now.AddTicks(i), changed: true);
            }
        });
        var torn = 0;
        while (!writer.IsCompleted)
        {
            var snapshot = status.Snapshot();
            if (snapshot.LastChange != snapshot.LastReconcile)
            {
                torn++;
            }
        }

        await writer;
        Assert.Equal(0, torn);
    }
}
