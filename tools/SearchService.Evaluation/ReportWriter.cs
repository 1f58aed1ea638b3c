using System.Globalization;

namespace SearchService.Evaluation;

/// <summary>Markdown tables (pasteable into docs/ranking.md) and the per-query ranks file.</summary>
internal static class ReportWriter
{
    public static void WriteMarkdown(EvaluationReport report, TextWriter output)
    {
        var o = report.Options;
        var w = o.Weights;
        output.WriteLine($"- Documents: {report.DocumentCount:N0} ({(o.Baseline ? $"baseline {report.BaselineDocumentCount:N0}" : "baseline skipped")}); " +
            $"arqa{(o.NewsDirectory is null ? string.Empty : " + news distractors")}; queries: {report.All.Queries:N0}" +
            $"{(o.Sample is { } n ? $" (sample {n})" : string.Empty)}; split filter: {o.Split}.");
        output.WriteLine(Invariant($"- Weights: title {w.Title}, exact {w.Exact}, root {w.Root}, proximity {w.Proximity}, slop {w.ProximitySlop}, coordination {(w.Coordination ? "on" : "off")}, question words {(w.DropQuestionWords ? "dropped" : "kept")}; BM25 k1 {o.Bm25.K1}, b {o.Bm25.B}, title k1 {o.Bm25.TitleK1}."));
        output.WriteLine(Invariant($"- Time: load {report.LoadTime.TotalSeconds:F1} s; ours index {report.IndexTime.TotalSeconds:F1} s + queries {report.QueryTime.TotalSeconds:F1} s; baseline index {report.BaselineIndexTime.TotalSeconds:F1} s + queries {report.BaselineQueryTime.TotalSeconds:F1} s."));
        output.WriteLine($"- Queries our parser rejected (counted as no results): {report.All.ParseFailures}.");
        output.WriteLine();
        foreach (var split in new[] { report.All }.Concat(report.Splits))
        {
            WriteTable(split, output);
        }
    }

    public static void WriteRanks(EvaluationReport report, TextWriter output)
    {
        output.WriteLine("#qid\tsplit\trank\tndcg@10\tbaseline_rank\tbaseline_ndcg@10\ttop3\tquery");
        foreach (var q in report.Queries)
        {
            output.WriteLine(string.Join('\t',
                q.Query.Id,
                q.Query.SplitName.Replace(' ', '-'),
                Rank(q.OursFirstRelevant) + (q.Ours.ParseFailed ? "!" : string.Empty),
                Invariant($"{q.OursMetrics.Ndcg10:F3}"),
                q.Baseline is null ? "-" : Rank(q.BaselineFirstRelevant),
                q.BaselineMetrics is null ? "-" : Invariant($"{q.BaselineMetrics.Ndcg10:F3}"),
                string.Join(',', q.Ours.Ids.Take(3)),
                q.Query.Text));
        }
    }

    private static void WriteTable(SplitReport split, TextWriter output)
    {
        output.WriteLine($"### {split.Name} ({split.Queries:N0} queries)");
        output.WriteLine();
        output.WriteLine("| metric | baseline | ours | Δ |");
        output.WriteLine("|---|---:|---:|---:|");
        Row("nDCG@10", s => s.Ndcg10);
        Row("MRR@10", s => s.Mrr10);
        Row("Recall@10", s => s.Recall10);
        Row("Recall@100", s => s.Recall100);
        var share = split.SnippetShare is { } v
            ? Invariant($"{v:F3} ({split.SnippetWithAnswer}/{split.SnippetJudged})")
            : "–";
        output.WriteLine($"| snippet has answer | n/a | {share} | |");
        output.WriteLine();

        void Row(string name, Func<MetricSet, double> metric)
        {
            var ours = metric(split.Ours);
            var baseline = split.Baseline is null ? (double?)null : metric(split.Baseline);
            output.WriteLine(Invariant($"| {name} | {(baseline is { } b ? b.ToString("F3", CultureInfo.InvariantCulture) : "–")} | {ours:F3} | {(baseline is { } d ? (ours - d).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "–")} |"));
        }
    }

    private static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
