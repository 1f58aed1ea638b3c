using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>Describes an index folder from a read-only <see cref="SearcherSource"/> over it, without the writer: what
/// the <c>status</c> command reports, with or without a service running.</summary>
public static class StoredIndex
{
    public static StoredIndexInfo Describe(string indexRoot, SearcherSource source)
    {
        using var lease = source.AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        var commit = (reader as DirectoryReader)?.IndexCommit;
        var folder = (commit?.Directory as FSDirectory)?.Directory.FullName ?? indexRoot;
        var generation = Path.TrimEndingDirectorySeparator(folder) == Path.TrimEndingDirectorySeparator(indexRoot)
            ? IndexMarker.RootGeneration
            : Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var commitFile = commit is null ? null : new FileInfo(Path.Combine(folder, commit.SegmentsFileName));
        return new StoredIndexInfo(
            generation,
            reader.NumDocs,
            reader.Leaves.Count,
            IndexFolder.SizeOf(indexRoot, generation),
            commitFile is { Exists: true } ? new DateTimeOffset(commitFile.LastWriteTimeUtc) : null,
            IndexFolderLock.IsHeldByAnotherProcess(indexRoot));
    }
}
