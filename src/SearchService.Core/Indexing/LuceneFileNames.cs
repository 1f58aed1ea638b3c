using System.Text.RegularExpressions;

namespace SearchService.Core.Indexing;

/// <summary>The names Lucene gives its files. Only files with these names are ever deleted from an index folder, so
/// whatever else someone keeps there survives a rebuild.</summary>
internal static partial class LuceneFileNames
{
    public const string WriteLock = "write.lock";

    public static bool IsLucene(string fileName) => Pattern().IsMatch(fileName);

    /// <summary>Whether the folder holds index data (a lone write.lock is not: a killed writer leaves one).</summary>
    public static bool AnyIndexDataIn(string folder) =>
        System.IO.Directory.Exists(folder)
        && System.IO.Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Any(n => n != WriteLock && IsLucene(n));

    // Commit points (segments_N, segments.gen), the write lock, and per-segment files such as _0.cfs or _0_Lucene41_0.tim.
    [GeneratedRegex(@"^(segments_[0-9a-z]+|segments\.gen|write\.lock|_[0-9a-z]+(_[^.]*)?\..+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
