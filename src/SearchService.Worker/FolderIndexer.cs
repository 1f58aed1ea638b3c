using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Worker.Metrics;
using SearchService.Worker.Status;

namespace SearchService.Worker;

/// <summary>
/// Brings the index in step with the folder: a full reconcile (diff of fingerprints: added, changed, gone) and
/// single-path updates from file events. Only the worker calls it, so there is one writer of changes.
/// </summary>
public sealed partial class FolderIndexer(
    IndexStore store,
    DocumentReader reader,
    IndexStatus status,
    IndexPaths paths,
    SearchLimits limits,
    IndexingMetrics metrics,
    TimeProvider time,
    ILogger<FolderIndexer> logger)
{
    // During a pass over many files: searchable every few seconds (each refresh writes small segments that must be
    // merged later), durable every half minute (a crash costs at most that much re-reading at the next start).
    private static readonly TimeSpan BulkRefreshEvery = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan BulkCommitEvery = TimeSpan.FromSeconds(30);

    private readonly long maxBytes = limits.MaxFileBytes;

    /// <summary>Compares the whole folder with the index and applies the difference. Returns how many documents changed.
    /// With <paramref name="force"/>, every file is read and indexed again (replaced by id, so searches keep
    /// finding it meanwhile), even when its fingerprint matches or it failed before.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken, bool force = false)
    {
        var started = Stopwatch.StartNew();
        var onDisk = Scan(paths.DocumentsRoot);
        var indexed = store.ReadFingerprints();
        status.ClearFailuresExcept(onDisk.Keys.ToHashSet(StringComparer.Ordinal));

        var (gone, changed) = Compare(onDisk, indexed, force);
        foreach (var id in gone)
        {
            store.Delete(id);
        }

        var work = changed.Select(id => onDisk[id].FullPath).ToList();

        if (work.Count + gone.Count > 0)
        {
            Log.ReconcileStarted(logger, onDisk.Count, indexed.Count, work.Count, gone.Count);
        }

        status.BeginPass(work.Count, time.GetUtcNow());
        await IndexManyAsync(work, cancellationToken).ConfigureAwait(false);
        store.Commit();

        var count = work.Count + gone.Count;
        status.RecordReconcile(time.GetUtcNow(), count > 0);

        // A pass that changed nothing is routine (every interval): keep it out of the information log.
        var level = count > 0 ? LogLevel.Information : LogLevel.Debug;
        Log.ReconcileFinished(logger, level, work.Count, gone.Count, store.DocumentCount, started.ElapsedMilliseconds);
        return count;
    }

    /// <summary>The files where the folder and the index differ (added, changed or gone, or a failure reported for a
    /// file no longer there), without changing anything. It only reads, so it runs beside the worker: the periodic
    /// check over a large folder does not hold up the file events queued behind it, and what it finds is applied
    /// like file events.</summary>
    public IReadOnlyList<string> Differences()
    {
        var onDisk = Scan(paths.DocumentsRoot);
        var (gone, changed) = Compare(onDisk, store.ReadFingerprints(), force: false);
        var failedAndGone = status.Snapshot().Failures.Select(f => f.Id).Where(id => !onDisk.ContainsKey(id));
        return [.. gone.Concat(failedAndGone).Concat(changed).Distinct(StringComparer.Ordinal).Select(FullPath)];
    }

    /// <summary>The one rule both a reconcile and the periodic check apply: documents whose files are gone, and files
    /// to (re)index, those new or changed since indexed unless they failed before as they are now; with
    /// <paramref name="force"/>, every file.</summary>
    private (List<string> Gone, List<string> Changed) Compare(
        Dictionary<string, FolderFile> onDisk,
        Dictionary<string, FileFingerprint> indexed,
        bool force)
    {
        var differences = FolderComparison.Of(onDisk, indexed);
        var changed = force
            ? [.. onDisk.Keys]
            : differences.Missing.Concat(differences.Stale).Where(id => !FailedBefore(id, onDisk[id].Fingerprint)).ToList();
        return ([.. differences.Extra], changed);
    }

    private string FullPath(string id) => Path.Combine(paths.DocumentsRoot, id.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Applies one settled file event: a file (re)indexed, a folder scanned, or whatever was there removed.</summary>
    public async Task ApplyAsync(string fullPath, CancellationToken cancellationToken)
    {
        if (!IsUnderRoot(fullPath))
        {
            return;
        }

        var id = DocumentPaths.ToId(paths.DocumentsRoot, fullPath);
        if (ThroughLinkedFolder(fullPath))
        {
            // Linked folders are not followed (a loop would repeat the folder forever, a link out would escape it),
            // so what is reached through one is not a document: the same verdict as the full scan.
            RemoveAll(id);
        }
        else if (Directory.Exists(fullPath))
        {
            // A folder created, moved in or renamed: index what in it is new or changed.
            await IndexFolderAsync(fullPath, id, cancellationToken).ConfigureAwait(false);
        }
        else if (File.Exists(fullPath) && DocumentPaths.IsCandidate(id))
        {
            await IndexFileAsync(fullPath, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Deleted, renamed away, or no longer a document: drop it, and everything under it if it was a folder.
            RemoveAll(id);
        }

        status.RecordChange(time.GetUtcNow());
    }

    private async Task IndexFolderAsync(string fullPath, string id, CancellationToken cancellationToken)
    {
        Dictionary<string, FolderFile> files;
        try
        {
            files = Scan(fullPath);
        }
        catch (DirectoryNotFoundException)
        {
            // Moved or deleted while being listed (the event for where it went is queued too): it is not here.
            RemoveAll(id);
            return;
        }

        foreach (var (fileId, entry) in files)
        {
            if (store.FindFingerprint(fileId) != entry.Fingerprint)
            {
                await IndexFileAsync(entry.FullPath, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void RemoveAll(string id)
    {
        store.Delete(id);
        store.DeleteFolder(id);
        status.ClearFailure(id);
        status.ClearFailuresUnder(id);
    }

    /// <summary>True when the path is, or lies under, a symbolic link to a folder (below the documents root).</summary>
    private bool ThroughLinkedFolder(string fullPath)
    {
        for (var path = fullPath; path is not null && IsUnderRoot(path); path = Path.GetDirectoryName(path))
        {
            var info = new DirectoryInfo(path);
            if (info.LinkTarget is not null && (path != fullPath || info.Exists))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads and indexes the files on every core. Making them searchable (every few seconds), durable (now
    /// and then, so a crash costs little) and reporting progress happen beside the indexing, not between files:
    /// a commit's flush and fsync must not stop the threads that read and analyse.</summary>
    private async Task IndexManyAsync(List<string> files, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var indexing = Parallel.ForEachAsync(files, parallel, async (file, ct) =>
        {
            await IndexFileAsync(file, ct).ConfigureAwait(false);
            status.CountProcessed();
        });
        var housekeeping = KeepUpAsync(files.Count, done.Token);
        try
        {
            await indexing.ConfigureAwait(false);
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
            await housekeeping.ConfigureAwait(false);
        }
    }

    private async Task KeepUpAsync(int total, CancellationToken done)
    {
        var started = time.GetTimestamp();
        var lastCommit = started;
        using var ticks = new PeriodicTimer(BulkRefreshEvery, time);
        try
        {
            while (await ticks.WaitForNextTickAsync(done).ConfigureAwait(false))
            {
                if (time.GetElapsedTime(lastCommit) >= BulkCommitEvery)
                {
                    lastCommit = time.GetTimestamp();
                    store.Commit();
                }
                else
                {
                    store.Refresh();
                }

                var processed = status.PassProcessed;
                var rate = processed / Math.Max(time.GetElapsedTime(started).TotalSeconds, 0.001);
                Log.Progress(logger, processed, total, rate);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
        }
    }

    private async Task IndexFileAsync(string fullPath, CancellationToken cancellationToken)
    {
        var id = DocumentPaths.ToId(paths.DocumentsRoot, fullPath);
        var result = await reader.ReadAsync(paths.DocumentsRoot, fullPath, maxBytes, cancellationToken).ConfigureAwait(false);
        if (result.Document is { } document)
        {
            store.Upsert(document);
            status.ClearFailure(id);
            metrics.DocumentIndexed();
            return;
        }

        // Not searchable as it is now: drop any older version, report it, and retry once the file changes.
        store.Delete(id);
        var fingerprint = FolderScan.Fingerprint(fullPath);
        if (fingerprint is null)
        {
            status.ClearFailure(id); // gone between the event and the read: nothing to report
            return;
        }

        var failure = new IndexFailure(id, result.Error ?? "unreadable", time.GetUtcNow(), fingerprint.Value.ModifiedTicks, fingerprint.Value.Length);
        metrics.IndexingFailed(result.Failure);
        if (status.RecordFailure(failure))
        {
            Log.Skipped(logger, id, failure.Reason);
        }
    }

    private bool FailedBefore(string id, FileFingerprint fingerprint) =>
        status.TryGetFailure(id, out var failure)
        && failure!.ModifiedTicks == fingerprint.ModifiedTicks
        && failure.Length == fingerprint.Length;

    private bool IsUnderRoot(string fullPath) =>
        fullPath.StartsWith(paths.DocumentsRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private Dictionary<string, FolderFile> Scan(string folder) => FolderScan.Files(paths.DocumentsRoot, folder);

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Reconciling: {OnDisk} documents on disk, {Indexed} in the index; {ToIndex} to index, {ToDelete} to remove")]
        public static partial void ReconcileStarted(ILogger logger, int onDisk, int indexed, int toIndex, int toDelete);

        [LoggerMessage(EventId = 2102, Message = "Reconciled: {Indexed} indexed, {Deleted} removed, {Documents} documents searchable, in {ElapsedMs} ms")]
        public static partial void ReconcileFinished(ILogger logger, LogLevel level, int indexed, int deleted, int documents, long elapsedMs);

        [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Indexing: {Done}/{Total} files ({Rate:F0} files/s)")]
        public static partial void Progress(ILogger logger, long done, int total, double rate);

        [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Skipped {Id}: {Reason} (retried when the file changes)")]
        public static partial void Skipped(ILogger logger, string id, string reason);
    }
}
