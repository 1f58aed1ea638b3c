using System.Security.Cryptography;
using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>
/// Keeps the searchers cursors were made on for <see cref="CursorOptions.Keep"/> after their last use, each with its
/// own reference to its reader, so the next page is read from the very same state of the index even after the
/// searcher source has refreshed or swapped generations. Lucene's SearcherLifetimeManager does much the same, but
/// keys searchers by reader version, which two generations of the index can share, and reads its own clock.
/// A pin names this instance too: a cursor from another process (a restart, another replica) finds nothing here.
/// </summary>
public sealed class PinnedSearchers(CursorOptions options, TimeProvider clock) : IDisposable
{
    private readonly Lock gate = new();
    private readonly long instance = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
    private readonly Dictionary<long, Entry> bySequence = [];
    private readonly Dictionary<IndexSearcher, Entry> bySearcher = new(ReferenceEqualityComparer.Instance);
    private long sequence;
    private bool disposed;

    /// <summary>Keeps <paramref name="searcher"/> (which the caller holds) and names it; the same name each time
    /// for the same searcher.</summary>
    internal SearcherPin Record(IndexSearcher searcher)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Prune();
            if (!bySearcher.TryGetValue(searcher, out var entry))
            {
                searcher.IndexReader.IncRef();
                entry = new Entry(searcher, ++sequence);
                bySearcher[searcher] = entry;
                bySequence[entry.Sequence] = entry;
                if (bySequence.Count > options.MaxKept)
                {
                    Release(bySequence.Values.Where(e => e != entry).MinBy(e => e.LastUsed)!);
                }
            }

            entry.LastUsed = clock.GetTimestamp();
            return new SearcherPin(instance, entry.Sequence);
        }
    }

    /// <summary>The pinned searcher, held until the lease is disposed; null when it is gone (expired, or pinned by
    /// another process).</summary>
    internal PinnedLease? Acquire(SearcherPin pin)
    {
        lock (gate)
        {
            Prune();
            if (disposed || pin.Instance != instance || !bySequence.TryGetValue(pin.Sequence, out var entry) || !entry.Searcher.IndexReader.TryIncRef())
            {
                return null;
            }

            entry.LastUsed = clock.GetTimestamp();
            return new PinnedLease(entry.Searcher);
        }
    }

    /// <summary>How many searchers are kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                Prune();
                return bySequence.Count;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var entry in bySequence.Values)
            {
                entry.Searcher.IndexReader.DecRef();
            }

            bySequence.Clear();
            bySearcher.Clear();
        }
    }

    // Under the gate: releases the searchers unused for longer than the keep time.
    private void Prune()
    {
        foreach (var entry in bySequence.Values.Where(e => clock.GetElapsedTime(e.LastUsed) > options.Keep).ToList())
        {
            Release(entry);
        }
    }

    private void Release(Entry entry)
    {
        bySequence.Remove(entry.Sequence);
        bySearcher.Remove(entry.Searcher);
        entry.Searcher.IndexReader.DecRef();
    }

    private sealed class Entry(IndexSearcher searcher, long sequence)
    {
        public IndexSearcher Searcher { get; } = searcher;

        public long Sequence { get; } = sequence;

        public long LastUsed { get; set; }
    }
}

/// <summary>A pinned searcher's name: the process that pinned it and its number there.</summary>
internal readonly record struct SearcherPin(long Instance, long Sequence);

/// <summary>One use of a pinned searcher; releases its reader reference when disposed.</summary>
internal sealed class PinnedLease(IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => Searcher.IndexReader.DecRef();
}
