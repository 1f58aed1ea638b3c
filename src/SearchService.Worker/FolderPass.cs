using SearchService.Core.Indexing;
using SearchService.Worker.Metrics;
using SearchService.Worker.Status;

namespace SearchService.Worker;

/// <summary>
/// A pass over the whole folder, as the service runs it at start and after a failure and the <c>index</c> command
/// runs it once: reconcile, then, when a rebuild was under way, switch to the new generation. Either way the index
/// searches use is then in step with the folder.
/// </summary>
public sealed class FolderPass(FolderIndexer indexer, IndexStore store, IndexStatus status, IndexingMetrics metrics)
{
    /// <summary>Returns how many documents changed. With <paramref name="force"/>, every file is read again.</summary>
    public async Task<int> RunAsync(bool force, CancellationToken cancellationToken)
    {
        var changed = await indexer.ReconcileAsync(cancellationToken, force).ConfigureAwait(false);
        if (store.Rebuilding)
        {
            store.CompleteRebuild();
            metrics.RebuildCompleted();
        }

        status.MarkReady();
        return changed;
    }
}
