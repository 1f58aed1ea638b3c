using Lucene.Net.Index;

namespace SearchService.Core.Indexing;

/// <summary>
/// Lucene's merge scheduler rethrows a failed background merge on the merge's own thread, and an exception escaping a
/// thread ends a .NET process: a full disk during a merge would kill the service. This one keeps the failure for the
/// next commit to raise, so it becomes a failed step the worker reports and recovers from. It also tells the writer
/// when a merge is done, so searches move to the merged segment at once instead of at the next change.
/// </summary>
internal sealed class ReportingMergeScheduler : ConcurrentMergeScheduler
{
    private Exception? failure;

    /// <summary>Called on the merge's thread after each merge that completed.</summary>
    public Action? Merged { get; set; }

    /// <summary>Throws the first merge failure since the last call, if any.</summary>
    public void ThrowIfFailed()
    {
        if (Interlocked.Exchange(ref failure, null) is { } e)
        {
            throw new IOException($"a background merge failed: {e.Message}", e);
        }
    }

    protected override void HandleMergeException(Exception exc) => Interlocked.CompareExchange(ref failure, exc, null);

    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        base.DoMerge(merge);
        Merged?.Invoke();
    }
}
