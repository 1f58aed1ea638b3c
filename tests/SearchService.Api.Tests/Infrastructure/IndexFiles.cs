using System.Text.Json;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>What is on disk in an index folder, read and damaged the way a crash or an old build would, without the
/// service's own types (so the tests also run against a build with another layout).</summary>
public static partial class IndexFiles
{
    /// <summary>Files named as Lucene names its files, anywhere in the index folder.</summary>
    public static IReadOnlyList<string> LuceneFiles(string index) =>
        [.. System.IO.Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Where(f => LuceneName().IsMatch(Path.GetFileName(f)))];

    /// <summary>The one folder that holds a commit (segments_N): a generation folder, or the root in older builds.</summary>
    public static string CommitFolder(string index) =>
        System.IO.Directory.EnumerateFiles(index, "segments_*", SearchOption.AllDirectories).Select(Path.GetDirectoryName).Distinct().Single()!;

    /// <summary>The generation folders (gen-N) present.</summary>
    public static IReadOnlyList<string> Generations(string index) =>
        [.. System.IO.Directory.EnumerateDirectories(index, "gen-*").Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    /// <summary>The generation the marker names, or null without a marker.</summary>
    public static string? MarkerGeneration(string index)
    {
        var marker = Path.Combine(index, "searchservice-index.json");
        if (!File.Exists(marker))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(marker));
        return json.RootElement.GetProperty("generation").GetString();
    }

    /// <summary>Makes the index look written by another analysis version: a new commit with another stamp.</summary>
    public static void Restamp(string folder, string analysisVersion)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string> { ["analysis"] = analysisVersion });
        writer.Commit();
    }

    /// <summary>Overwrites every Lucene file with bytes Lucene cannot read.</summary>
    public static void CorruptAll(string index)
    {
        foreach (var file in LuceneFiles(index))
        {
            File.WriteAllText(file, "not a lucene file");
        }
    }

    [GeneratedRegex(@"^(segments_[0-9a-z]+|segments\.gen|write\.lock|_[0-9a-z]+(_[^.]*)?\..+)$")]
    private static partial Regex LuceneName();
}
