using System.Globalization;

namespace SearchService.Evaluation.Spelling;

/// <summary>The did-you-mean figures as Markdown, ready for docs/ranking.md.</summary>
internal static class DidYouMeanReportWriter
{
    public static void Write(DidYouMeanReport report, TextWriter output, bool listMisses)
    {
        output.WriteLine($"Did you mean, on {report.Documents:N0} documents: {report.Correct.Count} words, one slip of each kind that applies");
        output.WriteLine();
        output.WriteLine("| slip | slips | folded by analysis | gives a known word | restored | restored % (not folded) | restored % (neither) | other suggestion | none |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in report.Slips.GroupBy(s => s.Slip.Kind).OrderBy(g => g.Key))
        {
            Row(output, group.Key.ToString(), [.. group]);
        }

        Row(output, "**all**", report.Slips);
        var alarms = report.Correct.Count(o => o.Suggested is not null);
        output.WriteLine();
        output.WriteLine($"False alarms: {alarms} of {report.Correct.Count} correctly spelt words get a suggestion ({Percent(alarms, report.Correct.Count)}); "
            + $"{report.BenchmarkSuggested.Count} of the {report.BenchmarkQueries} benchmark queries as written do.");
        output.WriteLine();
        var times = report.BenchmarkMilliseconds.Order().ToList();
        var slipTimes = report.SlipMilliseconds.Order().ToList();
        output.WriteLine($"Cost: of the {report.BenchmarkQueries} benchmark queries, {report.BenchmarkLookedFurther} have a word rare enough to look for corrections; "
            + $"the suggester alone takes p50 {Ms(times, 0.5)}, p95 {Ms(times, 0.95)}, max {Ms(times, 1)} ms per query. "
            + $"A whole search of a slipped word (suggestion included) takes p50 {Ms(slipTimes, 0.5)}, p95 {Ms(slipTimes, 0.95)} ms.");
        if (listMisses)
        {
            output.WriteLine();
            foreach (var o in report.Slips.Where(o => !o.Restored && !o.FoldedByAnalysis).Concat(report.Correct.Where(o => o.Suggested is not null)))
            {
                output.WriteLine($"{o.Slip.Kind}\t{o.Slip.Original}\t{o.Slip.Typed}\t{o.Suggested ?? "-"}\t{(o.KnownWord ? "known" : "")}");
            }

            foreach (var (query, suggested) in report.BenchmarkSuggested)
            {
                output.WriteLine($"benchmark\t{query}\t{suggested}");
            }
        }
    }

    private static void Row(TextWriter output, string name, IReadOnlyList<SlipOutcome> outcomes)
    {
        var folded = outcomes.Count(o => o.FoldedByAnalysis);
        var judged = outcomes.Where(o => !o.FoldedByAnalysis).ToList();
        var restored = judged.Count(o => o.Restored);
        var known = judged.Count(o => o.KnownWord);
        var unknown = judged.Where(o => !o.KnownWord).ToList();
        var other = judged.Count(o => !o.Restored && o.Suggested is not null);
        output.WriteLine($"| {name} | {outcomes.Count} | {folded} | {known} | {restored} | {Percent(restored, judged.Count)} | {Percent(unknown.Count(o => o.Restored), unknown.Count)} | {other} | {judged.Count - restored - other} |");
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static string Ms(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? "–" : sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))].ToString("F2", CultureInfo.InvariantCulture);
}
