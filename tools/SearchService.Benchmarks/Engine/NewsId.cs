using System.Text.RegularExpressions;

namespace SearchService.Benchmarks.Engine;

/// <summary>What the news corpus's ids say about an article: <c>ant2-AL-culture-1-20180218</c> (source, category,
/// number, date) and <c>snn-2015-07-21-0000</c> (date, number).</summary>
internal static partial class NewsId
{
    public static string? Date(string id) =>
        AntId().Match(id) is { Success: true } ant ? $"{ant.Groups["y"]}-{ant.Groups["m"]}-{ant.Groups["d"]}"
        : SnnId().Match(id) is { Success: true } snn ? snn.Groups["date"].Value
        : null;

    public static string? Category(string id) => AntId().Match(id) is { Success: true } ant ? ant.Groups["category"].Value : null;

    [GeneratedRegex(@"^ant\d-[A-Za-z]+-(?<category>[A-Za-z]+)-\d+-(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex AntId();

    [GeneratedRegex(@"^snn-(?<date>\d{4}-\d{2}-\d{2})-\d+$")]
    private static partial Regex SnnId();
}
