using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SearchService.Core.Documents;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index on disk: one <see cref="IndexWriter"/> (Lucene allows one per directory) and a
/// <see cref="SearcherManager"/> for near-real-time searchers. Documents are replaced atomically by id.
/// </summary>
public sealed partial class IndexStore : IDisposable
{
    /// <summary>Recorded in every commit; an index written by another analysis chain (or field layout) is rebuilt,
    /// not trusted. Change it whenever either changes.</summary>
    public const string AnalysisVersion = "arabic-light-root-2";

    private const string AnalysisVersionKey = "analysis";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly string path;

    private IndexStore(string path, LuceneDirectory directory, IndexWriter writer, string? rebuildReason, Bm25Parameters bm25)
    {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory(bm25));
        RebuildReason = rebuildReason;
    }

    /// <summary>Why the existing index was discarded when opening, or null when it was opened as it was.</summary>
    public string? RebuildReason { get; }

    public Analyzer Analyzer => writer.Analyzer;

    /// <summary>Opens the index at <paramref name="path"/>, creating it, or rebuilding it from scratch when it
    /// cannot be read or was written by another analysis version.</summary>
    public static IndexStore Open(string path, ILogger logger) => Open(path, logger, Bm25Parameters.Default);

    public static IndexStore Open(string path, ILogger logger, Bm25Parameters bm25)
    {
        System.IO.Directory.CreateDirectory(path);
        var reason = CheckExisting(path);
        if (reason is null)
        {
            try
            {
                return Create(path, OpenMode.CREATE_OR_APPEND, null, bm25);
            }
            catch (Exception e) when (e is not LockObtainFailedException && (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException))
            {
                // A held lock means another process owns this index: wiping it would be wrong, so that error escapes.
                reason = $"the index could not be opened ({e.GetType().Name}: {e.Message})";
            }
        }

        Log.Rebuilding(logger, path, reason);
        DeleteIndexFiles(path);
        return Create(path, OpenMode.CREATE, reason, bm25);
    }

    public void Upsert(SourceDocument document) =>
        writer.UpdateDocument(new Term(IndexFields.Id, document.Id), DocumentMapper.ToLucene(document));

    public void Delete(string id) => writer.DeleteDocuments(new Term(IndexFields.Id, id));

    /// <summary>Deletes every document under a folder id (a deleted or renamed folder).</summary>
    public void DeleteFolder(string folderId) =>
        writer.DeleteDocuments(new PrefixQuery(new Term(IndexFields.Id, folderId.TrimEnd('/') + "/")));

    /// <summary>Makes the changes durable and visible to new searches.</summary>
    public void Commit()
    {
        StampVersion();
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Makes uncommitted changes visible to searches without the cost of an fsync.</summary>
    public void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>A searcher that must be disposed after use so the reader it holds can be released.</summary>
    public SearcherLease AcquireSearcher() => new(searchers);

    public int DocumentCount
    {
        get
        {
            using var lease = AcquireSearcher();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>The fingerprint of every indexed document, to diff against the folder (from doc values: fast).</summary>
    public Dictionary<string, FileFingerprint> ReadFingerprints()
    {
        var result = new Dictionary<string, FileFingerprint>(StringComparer.Ordinal);
        var bytes = new Lucene.Net.Util.BytesRef();
        using var lease = AcquireSearcher();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var ids = reader.GetSortedDocValues(IndexFields.Id);
            var modified = reader.GetNumericDocValues(IndexFields.Modified);
            var length = reader.GetNumericDocValues(IndexFields.Length);
            if (ids is null || modified is null || length is null)
            {
                continue; // a segment with no documents left
            }

            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    ids.Get(doc, bytes);
                    result[bytes.Utf8ToString()] = new FileFingerprint(modified.Get(doc), length.Get(doc));
                }
            }
        }

        return result;
    }

    /// <summary>The fingerprint the document was indexed with, or null when it is not in the index.</summary>
    public FileFingerprint? FindFingerprint(string id)
    {
        using var lease = AcquireSearcher();
        if (DocNumber(lease.Searcher, id) is not { } doc)
        {
            return null;
        }

        var stored = lease.Searcher.Doc(doc, new HashSet<string> { IndexFields.Modified, IndexFields.Length });
        return new FileFingerprint(
            stored.GetField(IndexFields.Modified)?.GetInt64Value() ?? 0,
            stored.GetField(IndexFields.Length)?.GetInt64Value() ?? 0);
    }

    public SourceDocument? Find(string id)
    {
        using var lease = AcquireSearcher();
        return DocNumber(lease.Searcher, id) is { } doc ? DocumentMapper.FromLucene(lease.Searcher.Doc(doc)) : null;
    }

    // Ids are unique (every write is an update by id), so the first hit is the document.
    private static int? DocNumber(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>Bytes used by the index files (files being merged away may vanish while counting).</summary>
    public long SizeOnDisk()
    {
        long total = 0;
        foreach (var file in new DirectoryInfo(path).EnumerateFiles())
        {
            try
            {
                total += file.Length;
            }
            catch (FileNotFoundException)
            {
            }
        }

        return total;
    }

    public void Dispose()
    {
        searchers.Dispose();
        StampVersion();
        writer.Dispose(); // commits pending changes and waits for merges
        directory.Dispose();
    }

    // Every commit records the version, so CheckExisting can tell an index this build cannot trust.
    private void StampVersion() =>
        writer.SetCommitData(new Dictionary<string, string> { [AnalysisVersionKey] = AnalysisVersion });

    private static IndexStore Create(string path, OpenMode mode, string? rebuildReason, Bm25Parameters bm25)
    {
        // NIOFSDirectory, not FSDirectory.Open: MMapDirectory has crashed processes under concurrent search.
        var directory = new NIOFSDirectory(new DirectoryInfo(path));
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(Analysis.ArabicSearchAnalyzer.Version, SearchAnalyzers.CreatePerField())
            {
                OpenMode = mode,
                Similarity = Ranking.CreateSimilarity(),
                RAMBufferSizeMB = 64,
            };
            writer = new IndexWriter(directory, config);
            var store = new IndexStore(path, directory, writer, rebuildReason, bm25);
            if (mode == OpenMode.CREATE)
            {
                store.Commit(); // an empty index is a valid, versioned index from the first moment
            }

            return store;
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Null when the existing index (if any) can be opened as it is; otherwise why it cannot.</summary>
    private static string? CheckExisting(string path)
    {
        try
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(path));
            if (!DirectoryReader.IndexExists(directory))
            {
                return System.IO.Directory.EnumerateFileSystemEntries(path).Any(f => !f.EndsWith("write.lock", StringComparison.Ordinal))
                    ? "the folder holds files but no readable index"
                    : null;
            }

            var commits = DirectoryReader.ListCommits(directory);
            var latest = commits[commits.Count - 1];
            latest.UserData.TryGetValue(AnalysisVersionKey, out var version);
            if (version != AnalysisVersion)
            {
                return $"it was written by analysis version '{version ?? "unknown"}', this build uses '{AnalysisVersion}'";
            }

            using var reader = DirectoryReader.Open(latest);
            return null;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException or ArgumentException)
        {
            return $"the index could not be read ({e.GetType().Name}: {e.Message})";
        }
    }

    private static void DeleteIndexFiles(string path)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(path))
        {
            File.Delete(file);
        }
    }

    private sealed class Bm25SearcherFactory(Bm25Parameters bm25) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = Ranking.CreateSimilarity(bm25) };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Rebuilding the index at {Path} from the documents folder: {Reason}")]
        public static partial void Rebuilding(ILogger logger, string path, string reason);
    }
}
