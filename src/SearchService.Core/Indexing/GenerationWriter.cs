using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchService.Core.Indexing;

/// <summary>
/// The write side of one generation: its single <see cref="IndexWriter"/> (Lucene allows one per directory) and
/// near-real-time searchers over it for the worker's own reads (fingerprints, ids). Documents are replaced
/// atomically by id; every commit is stamped with the analysis version.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "Released by Close (commit) or Abandon (roll back): which one is the owner's decision, so there is no single Dispose.")]
internal sealed partial class GenerationWriter
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ReportingMergeScheduler merges;
    private readonly ILogger logger;
    private bool searchersHandedOver;

    private GenerationWriter(string path, LuceneDirectory directory, IndexWriter writer, ReportingMergeScheduler merges, IndexSearcherFactory searcherFactory, ILogger logger)
    {
        Path = path;
        this.directory = directory;
        this.writer = writer;
        this.merges = merges;
        this.logger = logger;
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory);
        merges.Merged = RefreshAfterMerge;
    }

    public string Path { get; }

    /// <summary>Near-real-time searchers over what has been written, committed or not.</summary>
    public ReferenceManager<IndexSearcher> Searchers => searchers;

    public int DocumentCount => ReadCurrent(searcher => searcher.IndexReader.NumDocs);

    public int SegmentCount => ReadCurrent(searcher => searcher.IndexReader.Leaves.Count);

    /// <summary>Starts an empty generation (replacing any index data in the folder) and commits it, so it is a
    /// valid, stamped index from its first moment.</summary>
    public static GenerationWriter Create(string path, IndexSearcherFactory searcherFactory, ILogger logger)
    {
        var created = Open(path, OpenMode.CREATE, searcherFactory, logger);
        try
        {
            created.Commit();
            return created;
        }
        catch
        {
            created.Abandon();
            throw;
        }
    }

    /// <summary>Opens an existing generation to go on writing to it.</summary>
    public static GenerationWriter Append(string path, IndexSearcherFactory searcherFactory, ILogger logger) => Open(path, OpenMode.APPEND, searcherFactory, logger);

    public void Upsert(SourceDocument document) =>
        writer.UpdateDocument(new Term(IndexFields.Id, document.Id), DocumentMapper.ToLucene(document));

    public void Delete(string id) => writer.DeleteDocuments(new Term(IndexFields.Id, id));

    public void DeleteFolder(string folderId) =>
        writer.DeleteDocuments(new PrefixQuery(new Term(IndexFields.Id, folderId.TrimEnd('/') + "/")));

    /// <summary>Makes the changes durable and visible to new searches; raises a failed background merge too.</summary>
    public void Commit()
    {
        merges.ThrowIfFailed();
        StampVersion();
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    public void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>Starts merging the index down to one segment in the background; searches move to it when it is done.
    /// A search pays a fixed cost per segment for every term it looks up (seeking the term dictionary, setting up
    /// its postings), so after a pass that wrote many documents in many segments, one segment answers in about half
    /// the time. Merging 70,000 news articles takes about 6 s on two cores.</summary>
    public void CompactInBackground() => writer.ForceMerge(1, doWait: false);

    /// <summary>Merges the index down to one segment and returns when it is done (for tools; the service merges in
    /// the background).</summary>
    public void Compact() => writer.ForceMerge(1, doWait: true);

    public Dictionary<string, FileFingerprint> ReadFingerprints() => ReadCurrent(searcher => StoredFingerprints.Read(searcher.IndexReader));

    public FileFingerprint? FindFingerprint(string id) => ReadCurrent(searcher =>
    {
        if (IdLookup.DocNumber(searcher, id) is not { } doc)
        {
            return (FileFingerprint?)null;
        }

        var stored = searcher.Doc(doc, new HashSet<string> { IndexFields.Modified, IndexFields.Length });
        return new FileFingerprint(
            stored.GetField(IndexFields.Modified)?.GetInt64Value() ?? 0,
            stored.GetField(IndexFields.Length)?.GetInt64Value() ?? 0);
    });

    /// <summary>Gives the searchers to the read side, which keeps serving them (frozen) after this writer is gone.</summary>
    public ReferenceManager<IndexSearcher> HandOverSearchers()
    {
        searchersHandedOver = true;
        return searchers;
    }

    /// <summary>Commits what is pending and releases the generation. Never throws: a failure is logged and the writer
    /// rolled back, so the last commit stands.</summary>
    public void Close()
    {
        DisposeSearchers();
        try
        {
            StampVersion();
            // Commits what is pending; a merge under way is given up rather than waited for (see CompactInBackground:
            // seconds), since Docker kills a container 10 s after asking it to stop. The next start merges an index
            // left in many segments.
            writer.Dispose(waitForMerges: false);
        }
        catch (Exception e)
        {
            Log.CloseFailed(logger, Path, e);
            RollBack();
        }

        directory.Dispose();
    }

    /// <summary>Drops whatever was not committed and releases the generation (after a failure). Never throws.</summary>
    public void Abandon()
    {
        DisposeSearchers();
        RollBack();
        directory.Dispose();
    }

    private static GenerationWriter Open(string path, OpenMode mode, IndexSearcherFactory searcherFactory, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(path);

        // Not FSDirectory.Open: MMapDirectory has crashed processes under concurrent search.
        var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        IndexWriter? writer = null;
        try
        {
            var merges = new ReportingMergeScheduler();
            var config = new IndexWriterConfig(ArabicSearchAnalyzer.Version, SearchAnalyzers.CreatePerField())
            {
                OpenMode = mode,
                Similarity = Ranking.CreateSimilarity(),
                RAMBufferSizeMB = 64,
                MergeScheduler = merges,
                MergedSegmentWarmer = searcherFactory.NameKeys.MergeWarmer,
            };
            writer = new IndexWriter(directory, config);
            return new GenerationWriter(path, directory, writer, merges, searcherFactory, logger);
        }
        catch
        {
            writer?.Rollback();
            directory.Dispose();
            throw;
        }
    }

    private T ReadCurrent<T>(Func<IndexSearcher, T> read)
    {
        using var lease = new SearcherLease(searchers);
        return read(lease.Searcher);
    }

    // On a merge thread: searchers should not keep reading the segments a merge replaced until the next change comes.
    private void RefreshAfterMerge()
    {
        try
        {
            searchers.MaybeRefresh();
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException) // Lucene.Net's "already closed" is an ObjectDisposedException
        {
            // The generation is closing, or failed: whoever closes it decides what searches see next.
        }
    }

    // Every commit records the version, so GenerationCheck can tell an index this build cannot trust.
    private void StampVersion() =>
        writer.SetCommitData(new Dictionary<string, string> { [IndexStore.AnalysisVersionKey] = IndexStore.AnalysisVersion });

    private void DisposeSearchers()
    {
        if (!searchersHandedOver)
        {
            searchers.Dispose();
        }
    }

    private void RollBack()
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e)
        {
            Log.RollbackFailed(logger, Path, e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2011, Level = LogLevel.Error, Message = "Closing the index generation {Path} failed; its last commit stands")]
        public static partial void CloseFailed(ILogger logger, string path, Exception exception);

        [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Rolling back the index writer of {Path} failed")]
        public static partial void RollbackFailed(ILogger logger, string path, Exception exception);
    }
}
