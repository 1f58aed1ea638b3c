using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

internal enum GenerationHealth
{
    /// <summary>No index data at all: a generation not started yet.</summary>
    Empty,

    /// <summary>Readable and written by this build's analysis: it can be written to as it is.</summary>
    Current,

    /// <summary>Readable but written by another analysis version: it can be searched while a new one is built.</summary>
    Outdated,

    /// <summary>Cannot be opened (damaged or partly missing).</summary>
    Unreadable,
}

/// <summary>What one generation's folder holds, read without writing anything, and why it must be rebuilt if it must.</summary>
internal sealed record GenerationCheck(GenerationHealth Health, string? Reason = null)
{
    public static GenerationCheck Inspect(string path)
    {
        if (!LuceneFileNames.AnyIndexDataIn(path))
        {
            return new(GenerationHealth.Empty);
        }

        try
        {
            using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
            if (!DirectoryReader.IndexExists(directory))
            {
                return new(GenerationHealth.Unreadable, "the folder holds index files but no readable commit");
            }

            var commits = DirectoryReader.ListCommits(directory);
            var latest = commits[commits.Count - 1];
            using (DirectoryReader.Open(latest))
            {
            }

            latest.UserData.TryGetValue(IndexStore.AnalysisVersionKey, out var version);
            return version == IndexStore.AnalysisVersion
                ? new(GenerationHealth.Current)
                : new(GenerationHealth.Outdated, $"it was written by analysis version '{version ?? "unknown"}', this build uses '{IndexStore.AnalysisVersion}'");
        }
        catch (Exception e) when (IsIndexError(e))
        {
            return new(GenerationHealth.Unreadable, $"the index could not be read ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>The exceptions a damaged, missing or unreadable index raises (Lucene's corruption errors are IOExceptions).</summary>
    public static bool IsIndexError(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException;
}
