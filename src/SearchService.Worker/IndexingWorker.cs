using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;
using SearchService.Worker.Queue;
using SearchService.Worker.Status;
using SearchService.Worker.Watching;

namespace SearchService.Worker;

/// <summary>
/// Keeps the index in step with the documents folder: a first pass, then file events (debounced by the
/// <see cref="ChangeQueue"/>) and a periodic check as a safety net for changes that raise no events. Each batch
/// is made searchable, then committed durably, before the next is taken.
/// <para>
/// States (<see cref="IndexState"/>): Indexing (first pass) or Rebuilding (a new generation is written beside the
/// current one) → Ready. A failed step (a full disk, a failed commit) → Failing: the writer is dropped, searches use
/// the last commit, and recovery is retried with backoff (reopen the writer, or rebuild if the index is unreadable,
/// then a full pass) until it succeeds → Ready. Nothing is lost: the recovery pass diffs the whole folder.
/// </para>
/// </summary>
public sealed partial class IndexingWorker(
    IndexStore store,
    FolderIndexer indexer,
    FolderPass pass,
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
        // Watch before the first scan so nothing that changes during it is missed.
        watcher.Start(paths.DocumentsRoot);
        var periodic = ReconcilePeriodicallyAsync(stoppingToken);
        Log.Started(logger, paths.DocumentsRoot, paths.IndexRoot);
        try
        {
            if (store.Rebuilding)
            {
                status.BeginRebuild(store.RebuildReason!);
            }

            if (await TryAsync(() => PassAsync(force: store.Rebuilding, stoppingToken, atStart: true)).ConfigureAwait(false) is { } failed)
            {
                await RecoverAsync(failed, stoppingToken).ConfigureAwait(false);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = await queue.WaitAsync(stoppingToken).ConfigureAwait(false);
                status.SetPending(queue.Count + batch.Paths.Count);
                if (await TryAsync(() => ApplyAsync(batch, stoppingToken)).ConfigureAwait(false) is { } error)
                {
                    await RecoverAsync(error, stoppingToken).ConfigureAwait(false);
                }

                status.SetPending(queue.Count);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            watcher.Dispose();
            await periodic.ConfigureAwait(false);
            CommitOnShutdown();
            Log.Stopped(logger);
        }
    }

    private async Task ApplyAsync(ChangeBatch batch, CancellationToken stoppingToken)
    {
        if (batch.Rebuild)
        {
            try
            {
                store.BeginRebuild(RequestedRebuild);
            }
            catch
            {
                queue.RequestRebuild(); // asked for, so not dropped by a failure before it began
                throw;
            }

            status.BeginRebuild(RequestedRebuild);
        }

        if (batch.Reconcile)
        {
            await PassAsync(force: batch.Rebuild, stoppingToken).ConfigureAwait(false);
        }

        foreach (var path in batch.Paths)
        {
            await indexer.ApplyAsync(path, stoppingToken).ConfigureAwait(false);
        }

        if (batch.Paths.Count > 0)
        {
            // Searchable first (a near-real-time reopen, no fsync), durable next: the commit's fsync then delays
            // only the next batch, not this one's visibility. A crash between the two loses nothing: the start-up
            // reconcile re-reads files whose fingerprints the last commit does not hold.
            store.Refresh();
            store.Commit();
        }
    }

    /// <summary>A pass over the whole folder (<see cref="FolderPass"/>), then a merge when it left many segments.</summary>
    private async Task PassAsync(bool force, CancellationToken stoppingToken, bool atStart = false)
    {
        var changed = await pass.RunAsync(force, stoppingToken).ConfigureAwait(false);

        // Searches are faster on one segment. A pass that wrote much left many; so may an index from before a restart
        // (one stopped before its merge finished, or one an earlier version wrote). Smaller changes are left to
        // Lucene's own merging.
        if ((changed >= CompactAfterChanges && changed * 10L >= store.DocumentCount) || (atStart && store.SegmentCount > CompactAboveSegments))
        {
            store.CompactInBackground();
        }
    }

    /// <summary>A pass that changed at least this many documents (and a tenth of the index) merges the index down.</summary>
    internal const int CompactAfterChanges = 1_000;

    /// <summary>At start, an index with more segments than this is merged down.</summary>
    public const int CompactAboveSegments = 4;

    /// <summary>Failing until a recovery succeeds: the writer is released (searches use the last commit), then
    /// reopened after a backoff and the whole folder reconciled, which redoes whatever was not committed.</summary>
    private async Task RecoverAsync(Exception error, CancellationToken stoppingToken)
    {
        var since = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            store.ReleaseWriter();
            var delay = RetryBackoff.Before(attempt);
            status.Fail(new WorkerError(ErrorText.Describe(error, paths), since, attempt, time.GetUtcNow() + delay));
            Log.RetryScheduled(logger, attempt, delay.TotalSeconds);
            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);

            var failed = await TryAsync(async () =>
            {
                store.ReopenWriter();
                status.Recovering(store.Rebuilding ? store.RebuildReason : null);
                await PassAsync(force: store.Rebuilding, stoppingToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            if (failed is null)
            {
                Log.Recovered(logger, attempt);
                return;
            }

            error = failed;
        }
    }

    private async Task ReconcilePeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                // Compared here, beside the worker, which then applies what differs like file events: a few
                // files at a time, or a whole reconcile when many changed unseen.
                switch (Differences())
                {
                    case null or { Count: > ReconcileAbove }:
                        queue.RequestReconcile();
                        break;
                    case { Count: 0 }:
                        status.RecordReconcile(time.GetUtcNow(), changed: false);
                        break;
                    case var paths:
                        foreach (var path in paths)
                        {
                            queue.Enqueue(path);
                        }

                        break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>More differences than this found by the periodic check are applied by a whole reconcile, which reads
    /// files on every core, rather than one by one.</summary>
    internal const int ReconcileAbove = 1_000;

    // Null when the worker's reconcile should decide: not ready, failing or rebuilding, or the check itself failed.
    private IReadOnlyList<string>? Differences()
    {
        if (!status.Snapshot().IsReady || store.Rebuilding || !store.HasWriter)
        {
            return null;
        }

        try
        {
            return indexer.Differences();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or InvalidOperationException)
        {
            Log.CheckFailed(logger, e);
            return null;
        }
    }

    /// <summary>Runs a step; returns what it failed with (logged), or null when it succeeded.</summary>
    private async Task<Exception?> TryAsync(Func<Task> step)
    {
        try
        {
            await step().ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StepFailed(logger, e);
            return e;
        }
    }

    // The last changes are committed if the writer is healthy. A failure here is logged, never thrown: it must not
    // replace an error that stopped the worker, and the next start's reconcile redoes what was not committed.
    private void CommitOnShutdown()
    {
        if (!store.HasWriter || store.Rebuilding)
        {
            return; // after a failure the last commit stands; an unfinished rebuild is dropped
        }

        try
        {
            store.Commit();
        }
        catch (Exception e)
        {
            Log.FinalCommitFailed(logger, e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Indexing worker started: documents {DocumentsRoot}, index {IndexRoot}")]
        public static partial void Started(ILogger logger, string documentsRoot, string indexRoot);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Indexing worker stopped")]
        public static partial void Stopped(ILogger logger);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Indexing step failed; the index is not being updated until a recovery succeeds")]
        public static partial void StepFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "The final commit at shutdown failed; the next start's reconcile redoes what it held")]
        public static partial void FinalCommitFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Indexing recovery attempt {Attempt} in {DelaySeconds} s")]
        public static partial void RetryScheduled(ILogger logger, int attempt, double delaySeconds);

        [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "The periodic comparison of folder and index failed; the worker reconciles instead")]
        public static partial void CheckFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Indexing recovered after {Attempts} attempt(s); the index is in step with the folder")]
        public static partial void Recovered(ILogger logger, int attempts);
    }
}
