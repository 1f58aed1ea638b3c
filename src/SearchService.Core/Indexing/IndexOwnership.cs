using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>
/// Decides whether a folder is the service's to use as its index folder. The service owns only what it creates: a
/// folder it marked, or an index an earlier version of it wrote there. A non-empty folder that is neither is refused,
/// and nothing in it is created, changed or deleted. The options validation and <see cref="IndexStore.Open(string, Microsoft.Extensions.Logging.ILogger)"/>
/// share this one check.
/// </summary>
public static class IndexOwnership
{
    private static readonly HashSet<string> OwnFileNames =
        new(StringComparer.Ordinal) { IndexFolderLock.FileName, IndexMarker.TempFileName, LuceneFileNames.WriteLock };

    /// <summary>Why the service must not use <paramref name="indexRoot"/> as its index folder, or null when it may.
    /// A reader (<see cref="IndexAccess.ReadOnly"/>) may use a folder another process writes in.</summary>
    public static string? RefusalReason(string indexRoot, IndexAccess access = IndexAccess.ReadWrite)
    {
        var check = Inspect(indexRoot);
        if (check.Kind == IndexFolderKind.Refused)
        {
            return check.Problem;
        }

        return access == IndexAccess.ReadWrite && System.IO.Directory.Exists(indexRoot) && IndexFolderLock.IsHeldByAnotherProcess(indexRoot)
            ? IndexFolderLock.InUseMessage(indexRoot)
            : null;
    }

    internal static IndexFolderCheck Inspect(string indexRoot)
    {
        if (File.Exists(indexRoot))
        {
            return new(IndexFolderKind.Refused, $"'{indexRoot}' is a file, not a folder.");
        }

        if (!System.IO.Directory.Exists(indexRoot))
        {
            return new(IndexFolderKind.Free);
        }

        if (IndexMarker.ExistsIn(indexRoot))
        {
            return new(IndexFolderKind.Marked);
        }

        // A lock or half-written marker alone is what a start killed before it wrote its marker leaves.
        var entries = System.IO.Directory.EnumerateFileSystemEntries(indexRoot)
            .Select(e => Path.GetFileName(e))
            .Where(name => !OwnFileNames.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0)
        {
            return new(IndexFolderKind.Free);
        }

        return InspectUnmarked(indexRoot, entries);
    }

    private static IndexFolderCheck InspectUnmarked(string indexRoot, List<string> entries)
    {
        try
        {
            using var directory = new PositionalReadDirectory(new DirectoryInfo(indexRoot));
            if (!DirectoryReader.IndexExists(directory))
            {
                var examples = string.Join(", ", entries.Take(3).Select(e => $"'{e}'"));
                return new(IndexFolderKind.Refused,
                    $"'{indexRoot}' holds files this service did not create ({entries.Count} entries, such as {examples}) and no index of its own. " +
                    "The service never deletes what it did not create: give it an empty or new folder.");
            }

            var commits = DirectoryReader.ListCommits(directory);
            return commits[commits.Count - 1].UserData.ContainsKey(IndexStore.AnalysisVersionKey)
                ? new(IndexFolderKind.Legacy)
                : new(IndexFolderKind.Refused,
                    $"'{indexRoot}' holds a Lucene index that this service did not write (its commits carry no '{IndexStore.AnalysisVersionKey}' stamp); " +
                    "the service will not touch it: give it an empty or new folder.");
        }
        catch (Exception e) when (GenerationCheck.IsIndexError(e))
        {
            return new(IndexFolderKind.Refused,
                $"'{indexRoot}' holds a Lucene index that cannot be read ({e.GetType().Name}: {e.Message}) and no SearchService marker, so it may not be " +
                "this service's; it is left untouched. If it is an index of this service, delete the folder and it will be rebuilt from the documents.");
        }
    }
}
