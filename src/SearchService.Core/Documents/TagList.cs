namespace SearchService.Core.Documents;

/// <summary>Tags arrive as a list or as one comma-separated string; both end up as trimmed, distinct values.</summary>
internal static class TagList
{
    private static readonly char[] Separators = [',', '،', ';', '؛'];

    public static IReadOnlyList<string> FromString(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : From(value.Split(Separators));

    public static IReadOnlyList<string> From(IEnumerable<string?> values) =>
        values
            .Select(TitleText.Collapse)
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
