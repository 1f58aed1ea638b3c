using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// The read side of the index: hands out searchers to the search engine. It serves near-real-time searchers from
/// the writer, or the last commit of an index opened read-only: the old generation while a rebuild writes a new one,
/// the last commit after the writer failed, or an index folder opened by a tool (<see cref="OpenReadOnly(string)"/>).
/// What it serves is swapped atomically; a searcher already leased stays valid until its lease is disposed.
/// </summary>
public sealed class SearcherSource : IDisposable
{
    private readonly Lock gate = new();
    private Served? served;
    private bool disposed;

    internal SearcherSource(Bm25Parameters bm25) => SearcherFactory = new IndexSearcherFactory(bm25, new SegmentNameKeys());

    /// <summary>Makes every searcher this source serves, whichever side opened it.</summary>
    internal IndexSearcherFactory SearcherFactory { get; }

    /// <summary>The analysis the index was written with, from the analysis factory (not from a writer, which a
    /// read-only source does not have).</summary>
    internal Analyzer Analyzer { get; } = SearchAnalyzers.CreatePerField();

    public int DocumentCount => ReadCurrent(reader => reader.NumDocs);

    /// <summary>Segments of the index searches read now.</summary>
    public int SegmentCount => ReadCurrent(reader => reader.Leaves.Count);

    /// <summary>Opens the index in <paramref name="indexRoot"/> read-only: the generation its marker names, or an
    /// index written there by an earlier version. Nothing is written, locked or deleted. A folder with no index yet
    /// throws <see cref="IndexNotFoundException"/> (an <see cref="IOException"/>) saying so.</summary>
    public static SearcherSource OpenReadOnly(string indexRoot) => OpenReadOnly(indexRoot, Bm25Parameters.Default);

    public static SearcherSource OpenReadOnly(string indexRoot, Bm25Parameters bm25)
    {
        var generation = IndexMarker.ExistsIn(indexRoot)
            ? IndexMarker.ReadGeneration(indexRoot) ?? throw new IOException($"the marker in '{indexRoot}' cannot be read")
            : IndexMarker.RootGeneration;
        var path = IndexFolder.PathOf(indexRoot, generation);
        if (!LuceneFileNames.AnyIndexDataIn(path))
        {
            throw new IndexNotFoundException($"'{indexRoot}' holds no index yet: the service builds it when it starts, or the index command does.");
        }

        var source = new SearcherSource(bm25);
        source.Swap(source.ReadOnly(path));
        return source;
    }

    /// <summary>A searcher that must be disposed after use so the reader it holds can be released.</summary>
    internal SearcherLease AcquireSearcher()
    {
        while (true)
        {
            var current = Volatile.Read(ref served) ?? throw new ObjectDisposedException(nameof(SearcherSource));
            try
            {
                return new SearcherLease(current.Searchers);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(current, Volatile.Read(ref served)))
            {
                // Replaced (and disposed) between reading it and acquiring from it: take the new one.
            }
        }
    }

    private T ReadCurrent<T>(Func<Lucene.Net.Index.IndexReader, T> read)
    {
        using var lease = AcquireSearcher();
        return read(lease.Searcher.IndexReader);
    }

    /// <summary>The fingerprint of every document searches see (see <see cref="IndexStore.ReadFingerprints"/>).</summary>
    public Dictionary<string, FileFingerprint> ReadFingerprints() => ReadCurrent(StoredFingerprints.Read);

    public SourceDocument? Find(string id)
    {
        using var lease = AcquireSearcher();
        return IdLookup.DocNumber(lease.Searcher, id) is { } doc ? DocumentMapper.FromLucene(lease.Searcher.Doc(doc)) : null;
    }

    internal bool IsServing => Volatile.Read(ref served) is not null;

    internal bool Follows(GenerationWriter writer) => ReferenceEquals(Volatile.Read(ref served)?.Writer, writer);

    /// <summary>Serves near-real-time searchers from the writer (which keeps owning them).</summary>
    internal void ServeWriter(GenerationWriter writer) => Swap(new Served(writer.Searchers, null, writer));

    /// <summary>Serves the last commit of the generation at <paramref name="path"/>; false (and nothing changed)
    /// when it cannot be opened.</summary>
    internal bool TryServeReadOnly(string path)
    {
        Served opened;
        try
        {
            opened = ReadOnly(path);
        }
        catch (Exception e) when (GenerationCheck.IsIndexError(e))
        {
            return false;
        }

        Swap(opened);
        return true;
    }

    /// <summary>Keeps serving searchers whose writer is gone: they never refresh again.</summary>
    internal void ServeFrozen(ReferenceManager<IndexSearcher> searchers) => Swap(new Served(searchers, searchers, null));

    public void Dispose()
    {
        Served? previous;
        lock (gate)
        {
            disposed = true;
            previous = served;
            Volatile.Write(ref served, null);
        }

        previous?.Owned?.Dispose();
    }

    private Served ReadOnly(string path)
    {
        var index = ReadOnlyIndex.Open(path, SearcherFactory);
        return new Served(index.Searchers, index, null);
    }

    private void Swap(Served next)
    {
        Served? previous;
        lock (gate)
        {
            if (disposed)
            {
                next.Owned?.Dispose();
                throw new ObjectDisposedException(nameof(SearcherSource));
            }

            previous = served;
            Volatile.Write(ref served, next);
        }

        // Searchers leased from the previous one stay valid: disposing a manager only drops its own reference.
        previous?.Owned?.Dispose();
    }

    /// <summary>What is served: the searchers, what to dispose when they are replaced, and the writer they follow.</summary>
    private sealed record Served(ReferenceManager<IndexSearcher> Searchers, IDisposable? Owned, GenerationWriter? Writer);
}
