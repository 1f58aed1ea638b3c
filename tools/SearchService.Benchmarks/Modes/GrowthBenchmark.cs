using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// Index + queries at each of --sizes, each from a fresh index: the sample replicated under new ids and shuffled
/// by --seed (see <see cref="Replication"/>). The caller is handed the steps after each one, so a long run that is
/// stopped keeps what it finished.
/// </summary>
internal static class GrowthBenchmark
{
    public static async Task<IReadOnlyList<GrowthStep>> RunAsync(RunContext context, Func<IReadOnlyList<GrowthStep>, Task> afterEachStep)
    {
        var o = context.Options;
        var sample = DocsFile.Read(o.DocsFile, o.Every, o.Limit, context.Cancellation);
        var queries = QuerySet.Load(o.BenchDirectory);
        var index = o.IndexDirectory ?? Path.Combine(o.OutDirectory, "growth-index");
        var steps = new List<GrowthStep>();
        foreach (var size in o.GrowthSizes)
        {
            context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"growth: {size:N0} documents ({(double)size / sample.Count:F2} × the {sample.Count:N0} read, shuffled with seed {o.Seed})"));
            var indexed = Index(context, sample, size, index);
            var searched = QueryBenchmark.Run(context, index, queries);
            steps.Add(new GrowthStep(size, indexed, searched));
            await afterEachStep(steps);
        }

        if (!o.KeepIndex)
        {
            IndexBenchmark.DeleteIndexFolder(index);
        }

        return steps;
    }

    // Its own method so the replicated list is garbage once indexed: the queries run without it in memory.
    private static IndexResult Index(RunContext context, List<BenchDocument> sample, int size, string index) =>
        IndexBenchmark.Run(context, Replication.Build(sample, size, context.Options.Seed), index);
}
