using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;
using SearchService.Worker.Queue;
using SearchService.Worker.Status;
using SearchService.Worker.Watching;

namespace SearchService.Worker;

/// <summary>
/// Keeps the index in step with the documents folder: an initial reconcile, then file events (debounced by the
/// <see cref="ChangeQueue"/>) and a periodic reconcile as a safety net for changes that raise no events.
/// Each batch is committed durably and made searchable before the next is taken.
/// </summary>
public sealed partial class IndexingWorker(
    IndexStore store,
    FolderIndexer indexer,
    FolderWatcher watcher,
    ChangeQueue queue,
    IndexStatus status,
    IndexPaths paths,
    IOptions<IndexingOptions> options,
    TimeProvider time,
    ILogger<IndexingWorker> logger) : BackgroundService
{
    internal const string RequestedRebuild = "a rebuild was requested (POST /api/index/rebuild)";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.RebuildReason = store.RebuildReason;
        if (store.Rebuilding)
        {
            status.BeginRebuild(store.RebuildReason!);
        }

        // Watch before the first scan so nothing that changes during it is missed.
        watcher.Start(paths.DocumentsRoot);
        var periodic = ReconcilePeriodicallyAsync(stoppingToken);
        Log.Started(logger, paths.DocumentsRoot, paths.IndexRoot);
        try
        {
            if (await RunSafelyAsync(() => PassAsync(store.Rebuilding, stoppingToken)).ConfigureAwait(false))
            {
                status.MarkReady();
            }
            else
            {
                queue.RequestReconcile(); // not ready until one full pass has succeeded
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = await queue.WaitAsync(stoppingToken).ConfigureAwait(false);
                status.Pending = queue.Count + batch.Paths.Count;
                if (batch.Rebuild && await RunSafelyAsync(BeginRebuild).ConfigureAwait(false))
                {
                    status.BeginRebuild(RequestedRebuild);
                }

                if (batch.Reconcile && await RunSafelyAsync(() => PassAsync(batch.Rebuild, stoppingToken)).ConfigureAwait(false))
                {
                    status.MarkReady();
                }

                foreach (var path in batch.Paths)
                {
                    await RunSafelyAsync(() => indexer.ApplyAsync(path, stoppingToken)).ConfigureAwait(false);
                }

                if (batch.Paths.Count > 0)
                {
                    store.Commit();
                }

                status.Pending = queue.Count;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            watcher.Dispose();
            await periodic.ConfigureAwait(false);
            store.Commit();
            Log.Stopped(logger);
        }
    }

    private Task BeginRebuild()
    {
        store.BeginRebuild(RequestedRebuild);
        return Task.CompletedTask;
    }

    /// <summary>A pass over the whole folder; when it completes a rebuild, the new generation replaces the old one.</summary>
    private async Task PassAsync(bool force, CancellationToken stoppingToken)
    {
        await indexer.ReconcileAsync(stoppingToken, force).ConfigureAwait(false);
        if (store.Rebuilding)
        {
            store.CompleteRebuild();
        }
    }

    private async Task ReconcilePeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                queue.RequestReconcile();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // One failed change must not stop the worker: it is logged, and the next reconcile retries it.
    private async Task<bool> RunSafelyAsync(Func<Task> step)
    {
        try
        {
            await step().ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StepFailed(logger, e);
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Indexing worker started: documents {DocumentsRoot}, index {IndexRoot}")]
        public static partial void Started(ILogger logger, string documentsRoot, string indexRoot);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Indexing worker stopped; index committed")]
        public static partial void Stopped(ILogger logger);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Indexing step failed; the next reconcile retries it")]
        public static partial void StepFailed(ILogger logger, Exception exception);
    }
}
