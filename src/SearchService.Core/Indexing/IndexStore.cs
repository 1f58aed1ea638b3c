using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index folder and its write side: the writer of the current generation, rebuilds written beside it and
/// switched to atomically, and the <see cref="SearcherSource"/> that searches read from. Only one thread (the
/// indexing worker) changes which generation and writer are in use; documents may be written from several.
/// </summary>
public sealed partial class IndexStore : IDisposable
{
    /// <summary>Recorded in every commit; an index written by another analysis chain (or field layout) is rebuilt,
    /// not trusted. Change it whenever either changes.</summary>
    // 3: dates, sources and tags indexed for filters; 4: facets' doc values and the folded title as one term, for completions
    public const string AnalysisVersion = "arabic-light-root-4";

    /// <summary>The commit user data key every index of this service carries; also how an earlier version's index
    /// is told apart from someone else's.</summary>
    internal const string AnalysisVersionKey = "analysis";

    private readonly IndexFolder folder;
    private readonly ILogger logger;
    private volatile GenerationWriter? writer;
    private volatile string? building;
    private bool disposed;

    private IndexStore(IndexFolder folder, Bm25Parameters bm25, ILogger logger)
    {
        this.folder = folder;
        this.logger = logger;
        Searchers = new SearcherSource(bm25);
    }

    /// <summary>The read side: what searches use, whichever generation is being written.</summary>
    public SearcherSource Searchers { get; }

    /// <summary>Why the index is being (or was last) rebuilt; null when it was opened as it was.</summary>
    public string? RebuildReason { get; private set; }

    /// <summary>A new generation is being written beside the current one, which searches still use if readable.</summary>
    public bool Rebuilding => building is not null;

    /// <summary>False after <see cref="ReleaseWriter"/> until <see cref="ReopenWriter"/> succeeds.</summary>
    public bool HasWriter => writer is not null;

    /// <summary>Documents in the generation being written (during a rebuild, the new one).</summary>
    public int DocumentCount => Writer.DocumentCount;

    /// <summary>How many segments the written index has (searches pay a fixed cost per segment and term).</summary>
    public int SegmentCount => Writer.SegmentCount;

    private GenerationWriter Writer => writer ?? throw new InvalidOperationException("The index has no writer: it is recovering from a failure.");

    /// <summary>Opens the index folder at <paramref name="path"/>, creating it, adopting an index an earlier version
    /// wrote there, or refusing a folder that is not the service's. When the current index cannot be read or was
    /// written by another analysis version, a rebuild starts beside it (<see cref="Rebuilding"/>).</summary>
    public static IndexStore Open(string path, ILogger logger) => Open(path, logger, Bm25Parameters.Default);

    public static IndexStore Open(string path, ILogger logger, Bm25Parameters bm25)
    {
        var folder = IndexFolder.Claim(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), logger);
        var store = new IndexStore(folder, bm25, logger);
        try
        {
            folder.RemoveLeftovers();
            store.OpenCurrent(atStart: true);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Upsert(SourceDocument document) => Writer.Upsert(document);

    public void Delete(string id) => Writer.Delete(id);

    /// <summary>Deletes every document under a folder id (a deleted or renamed folder).</summary>
    public void DeleteFolder(string folderId) => Writer.DeleteFolder(folderId);

    /// <summary>Makes the changes durable and visible to new searches.</summary>
    public void Commit() => Writer.Commit();

    /// <summary>Makes uncommitted changes visible to searches without the cost of an fsync.</summary>
    public void Refresh() => Writer.Refresh();

    /// <summary>Merges the index down to one segment in the background (see <see cref="GenerationWriter.CompactInBackground"/>).</summary>
    public void CompactInBackground() => Writer.CompactInBackground();

    /// <summary>Merges the index down to one segment and returns when it is done.</summary>
    public void Compact() => Writer.Compact();

    /// <summary>The fingerprint of every document written (from doc values: fast), to diff against the folder.</summary>
    public Dictionary<string, FileFingerprint> ReadFingerprints() => Writer.ReadFingerprints();

    /// <summary>The fingerprint the document was written with, or null when it is not in the index.</summary>
    public FileFingerprint? FindFingerprint(string id) => Writer.FindFingerprint(id);

    /// <summary>Starts writing a new, empty generation beside the current one, which searches keep using (from its
    /// last commit) until <see cref="CompleteRebuild"/> switches to the new one.</summary>
    public void BeginRebuild(string reason)
    {
        if (building is not null)
        {
            RebuildReason = reason; // the pass under way already re-reads everything
            return;
        }

        var old = Writer;
        old.Commit();
        StartGeneration(reason);
        if (!Searchers.TryServeReadOnly(old.Path))
        {
            Searchers.ServeFrozen(old.HandOverSearchers());
        }

        old.Close();
    }

    /// <summary>Commits the new generation, makes it current (the marker is replaced atomically), serves it, and
    /// deletes the old generation's index files.</summary>
    public void CompleteRebuild()
    {
        var name = building ?? throw new InvalidOperationException("No rebuild is under way.");
        var completed = Writer;
        completed.Commit();
        var old = folder.Current;
        folder.SwitchTo(name);
        building = null;
        Searchers.ServeWriter(completed);
        Log.Switched(logger, folder.Root, name);
        if (old is not null)
        {
            DeleteQuietly(old);
        }
    }

    /// <summary>After a failed write: drops what was not committed and closes the writer. Searches go on from the
    /// last commit, or, if it cannot be opened, from the last searchers the writer made.</summary>
    public void ReleaseWriter()
    {
        var released = writer;
        if (released is null)
        {
            return;
        }

        writer = null;
        if (Searchers.Follows(released) && !Searchers.TryServeReadOnly(released.Path))
        {
            Searchers.ServeFrozen(released.HandOverSearchers());
        }

        released.Abandon();
        Log.WriterReleased(logger, released.Path);
    }

    /// <summary>Opens a writer again after <see cref="ReleaseWriter"/>: on the current generation if it can be read,
    /// otherwise on a new one (a rebuild). An interrupted rebuild starts over in its own generation.</summary>
    public void ReopenWriter()
    {
        if (writer is not null)
        {
            return;
        }

        if (building is { } name)
        {
            var restarted = GenerationWriter.Create(folder.PathOf(name), Searchers.SearcherFactory, logger);
            writer = restarted;
            if (!Searchers.IsServing)
            {
                Searchers.ServeWriter(restarted);
            }

            return;
        }

        OpenCurrent(atStart: false);
    }

    /// <summary>Bytes used by the index files of the generations in use.</summary>
    public long SizeOnDisk()
    {
        var current = folder.Current;
        var next = building;
        return (current is null ? 0 : folder.SizeOf(current)) + (next is null ? 0 : folder.SizeOf(next));
    }

    /// <summary>Commits and closes the writer (a failure is logged, the last commit stands) and releases the folder.
    /// An unfinished rebuild is dropped: the current generation stays, and the next start removes the new one.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Searchers.Dispose();
        var last = writer;
        writer = null;
        if (building is not null)
        {
            last?.Abandon();
        }
        else
        {
            last?.Close();
        }

        folder.Dispose();
    }

    private void OpenCurrent(bool atStart)
    {
        var current = folder.Current;
        var check = current is null
            ? new GenerationCheck(GenerationHealth.Unreadable, "the marker naming the current index could not be read")
            : GenerationCheck.Inspect(folder.PathOf(current));
        if (check.Health == GenerationHealth.Empty && atStart)
        {
            // A new folder (or one whose first start was killed before its first commit).
            var created = GenerationWriter.Create(folder.PathOf(current!), Searchers.SearcherFactory, logger);
            writer = created;
            Searchers.ServeWriter(created);
            return;
        }

        if (check.Health == GenerationHealth.Empty)
        {
            check = new GenerationCheck(GenerationHealth.Unreadable, "the index files are gone");
        }

        if (check.Health == GenerationHealth.Current)
        {
            try
            {
                var opened = GenerationWriter.Append(folder.PathOf(current!), Searchers.SearcherFactory, logger);
                writer = opened;
                Searchers.ServeWriter(opened);
                return;
            }
            catch (CorruptIndexException e)
            {
                check = new GenerationCheck(GenerationHealth.Unreadable, $"the index could not be opened ({e.GetType().Name}: {e.Message})");
            }
        }

        // Searches keep the old generation while it can be read (or whatever they were served after a failure);
        // with nothing to serve, they follow the new one as it fills.
        var rebuilt = StartGeneration(check.Reason!);
        var oldServed = check.Health == GenerationHealth.Outdated && Searchers.TryServeReadOnly(folder.PathOf(current!));
        if (!oldServed && !Searchers.IsServing)
        {
            Searchers.ServeWriter(rebuilt);
        }
    }

    private GenerationWriter StartGeneration(string reason)
    {
        var name = folder.NewGeneration();
        GenerationWriter created;
        try
        {
            created = GenerationWriter.Create(folder.PathOf(name), Searchers.SearcherFactory, logger);
        }
        catch
        {
            DeleteQuietly(name);
            throw;
        }

        Log.Rebuilding(logger, folder.Root, reason, name);
        RebuildReason = reason;
        building = name;
        writer = created;
        return created;
    }

    // Cleaning up is not worth failing for: what stays is removed at the next start.
    private void DeleteQuietly(string generation)
    {
        try
        {
            folder.DeleteGeneration(generation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.DeleteFailed(logger, folder.PathOf(generation), e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Rebuilding the index at {Path} from the documents folder: {Reason} (new generation {Generation})")]
        public static partial void Rebuilding(ILogger logger, string path, string reason, string generation);

        [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "The index at {Path} now serves generation {Generation}")]
        public static partial void Switched(ILogger logger, string path, string generation);

        [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Released the index writer of {Path} after a failure; searches use its last commit")]
        public static partial void WriterReleased(ILogger logger, string path);

        [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Could not delete the old index files in {Path}; the next start removes them")]
        public static partial void DeleteFailed(ILogger logger, string path, Exception exception);
    }
}
