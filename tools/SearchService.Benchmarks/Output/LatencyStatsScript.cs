using System.Globalization;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Output;

/// <summary>
/// Runs <c>shared/peers/latency_stats.py --tsv</c> over latency files, with the three query files as kinds, so a
/// peer's per-kind figures (and ours beside them) come from the one script every peer is summarised with.
/// </summary>
internal static class LatencyStatsScript
{
    public const string Python = "/usr/bin/python3";

    /// <returns>kind (keyword, phrase, question, all) → its row.</returns>
    public static async Task<IReadOnlyDictionary<string, KindStats>> RunAsync(string peersDirectory, string benchDirectory, IEnumerable<string> latencyFiles, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { Path.Combine(peersDirectory, "latency_stats.py"), "--tsv" };
        foreach (var kind in QuerySet.Kinds)
        {
            arguments.AddRange(["--kind", $"{kind}={QuerySet.KindFile(benchDirectory, kind)}"]);
        }

        arguments.AddRange(latencyFiles);
        var output = await ChildProcess.RunAsync(Python, arguments, cancellationToken);
        var rows = new Dictionary<string, KindStats>(StringComparer.Ordinal);
        foreach (var line in output.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            // kind queries runs p50_ms p95_ms mean_ms qps
            var f = line.Split('\t');
            rows[f[0]] = new KindStats(
                int.Parse(f[1], CultureInfo.InvariantCulture),
                int.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                double.Parse(f[6], CultureInfo.InvariantCulture));
        }

        return rows;
    }
}
