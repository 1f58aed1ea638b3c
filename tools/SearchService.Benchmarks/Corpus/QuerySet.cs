using System.Text;

namespace SearchService.Benchmarks.Corpus;

/// <summary>The benchmark's 300 queries, one file per kind (<c>shared/corpus/bench/queries_*.txt</c>).</summary>
internal sealed class QuerySet
{
    public static readonly string[] Kinds = ["keyword", "phrase", "question"];

    private QuerySet(IReadOnlyList<BenchQuery> queries, string folder)
    {
        Queries = queries;
        Folder = folder;
    }

    public IReadOnlyList<BenchQuery> Queries { get; }

    /// <summary>Where the per-kind files are (latency_stats.py is given them to sort queries into kinds).</summary>
    public string Folder { get; }

    public static string KindFile(string folder, string kind) => Path.Combine(folder, $"queries_{kind}.txt");

    public static QuerySet Load(string folder)
    {
        var queries = new List<BenchQuery>();
        foreach (var kind in Kinds)
        {
            var path = KindFile(folder, kind);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} is missing (is --bench-dir the shared/corpus/bench folder?)", path);
            }

            // Trimmed and non-blank, as the peers read them, so the latency files name the same query strings.
            queries.AddRange(File.ReadAllLines(path, Encoding.UTF8)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0)
                .Select(l => new BenchQuery(kind, l)));
        }

        return new QuerySet(queries, folder);
    }

    public IEnumerable<BenchQuery> OfKind(string kind) => Queries.Where(q => q.Kind == kind);
}
