using System.Globalization;

namespace SearchService.Evaluation;

/// <summary>The related-documents table, pasteable into docs/ranking.md.</summary>
internal static class RelatedReportWriter
{
    public static void WriteMarkdown(RelatedReport report, TextWriter output)
    {
        output.WriteLine(Invariant($"- {report.Documents:N0} arqa paragraphs of {report.Articles:N0} articles; all {report.Queries:N0} with a sibling paragraph asked for their related documents (no sample); best P@5 possible {report.Ceiling:F3}."));
        output.WriteLine();
        output.WriteLine("| index | system | P@5 | MRR@20 |");
        output.WriteLine("|---|---|---:|---:|");
        foreach (var row in report.Rows)
        {
            output.WriteLine(Invariant($"| {(row.WithTitles ? "titles kept" : "text only")} | {row.System} | {row.PrecisionAt5:F3} | {row.Mrr:F3} |"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
