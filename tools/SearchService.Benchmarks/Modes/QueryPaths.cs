using System.Globalization;
using SearchService.Benchmarks.Corpus;

namespace SearchService.Benchmarks.Modes;

/// <summary>The benchmark queries as <c>/api/search</c> request paths, URL-encoded as a browser sends them.</summary>
internal static class QueryPaths
{
    public static IReadOnlyList<string> For(QuerySet queries, int size) =>
        [.. queries.Queries.Select(q => string.Create(CultureInfo.InvariantCulture, $"/api/search?q={Uri.EscapeDataString(q.Text)}&size={size}"))];
}
