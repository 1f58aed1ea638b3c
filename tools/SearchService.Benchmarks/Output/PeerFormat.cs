using System.Globalization;
using System.Text;
using SearchService.Benchmarks.Engine;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>
/// Our run in the peers' common output (shared/peers/README.md), so <c>summarize.py</c> puts it beside theirs,
/// and every timed run as <c>query TAB ms</c> for <c>latency_stats.py</c>.
/// </summary>
internal static class PeerFormat
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void WriteReport(string path, IndexResult index, QueryResult queries)
    {
        var s = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(s, $"peer\tsearchservice-dotnet {EngineUnderTest.AnalysisVersion} (IndexStore+SearchEngine in-process, top-{queries.TopK} with snippets, {index.Threads} indexing threads)\n");
        b.Append(s, $"docs\t{index.Documents}\n");
        b.Append(s, $"index_seconds\t{index.Elapsed.TotalSeconds:F3}{(index.Reused ? "\t(index reused: not timed)" : string.Empty)}\n");
        b.Append(s, $"index_bytes\t{index.IndexBytes}\t(includes stored title+text; exact, stemmed and root fields)\n");
        b.Append("#query\thits\tp50_ms\tp95_ms\n");
        foreach (var t in queries.Timings)
        {
            var sorted = t.Milliseconds.Order().ToList();
            b.Append(s, $"{t.Query.Text}\t{t.Hits}\t{Percentiles.Of(sorted, 50):F3}\t{Percentiles.Of(sorted, 95):F3}\n");
        }

        var all = queries.All;
        b.Append(s, $"all_queries\tp50_ms={all.P50:F3}\tp95_ms={all.P95:F3}\tqps={all.Qps:F1}\truns={all.Runs}\n");
        File.WriteAllText(path, b.ToString(), Utf8);
    }

    public static void WriteLatencies(string path, QueryResult queries)
    {
        var b = new StringBuilder();
        foreach (var t in queries.Timings)
        {
            foreach (var ms in t.Milliseconds)
            {
                b.Append(CultureInfo.InvariantCulture, $"{t.Query.Text}\t{ms:F4}\n");
            }
        }

        File.WriteAllText(path, b.ToString(), Utf8);
    }
}
