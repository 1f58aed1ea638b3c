using System.Globalization;

namespace SearchService.Benchmarks.Output;

/// <summary>Number formats shared by the report's tables (invariant culture: the report is pasted into docs).</summary>
internal static class Fmt
{
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    public static string Seconds(double s) => s.ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Two decimals below 10 ms, one above: enough to compare, not more than the noise allows.</summary>
    public static string Ms(double ms) => ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string MB(long bytes) => (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture);

    public static string Rate(double perSecond) => perSecond.ToString(perSecond < 100 ? "F1" : "N0", CultureInfo.InvariantCulture);

    /// <summary>ours / theirs, "–" when either is missing.</summary>
    public static string Ratio(double ours, double theirs) =>
        ours > 0 && theirs > 0 ? (ours / theirs).ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";

    public static string Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? "–" : Count(sorted[(sorted.Count - 1) / 2]);
    }
}
