using System.Diagnostics;

namespace SearchService.Evaluation;

/// <summary>Loads the data, indexes it into our engine and the baseline, runs every query through both, scores.</summary>
internal static class Evaluator
{
    /// <summary>The reporting groups, in print order.</summary>
    public static readonly IReadOnlyList<string> SplitOrder = ["ARCD train", "ARCD test", "XQuAD test"];

    public static EvaluationReport Run(EvaluationOptions options, TextWriter? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var arqa = ArqaDataSet.Load(options.ArqaDirectory);
        var documents = new List<CorpusDocument>(arqa.Documents);
        if (options.NewsDirectory is not null)
        {
            documents.AddRange(NewsCorpus.Read(options.NewsDirectory));
        }

        IEnumerable<EvalQuery> selected = arqa.Queries.Where(q => options.Split == "all" || q.Split == options.Split);
        if (options.Sample is { } sample)
        {
            selected = selected.Take(sample);
        }

        var queries = selected.ToList();
        var loadTime = clock.Elapsed;
        progress?.WriteLine($"Loaded {documents.Count:N0} documents and {queries.Count:N0} queries in {loadTime.TotalSeconds:F1} s");

        var root = options.IndexDirectory ?? Path.Combine(Path.GetTempPath(), "searchservice-eval", Guid.NewGuid().ToString("N"));
        try
        {
            var (ours, oursCount, indexTime, queryTime) = RunOurs(options, documents, queries, Path.Combine(root, "engine"), progress);
            RankedList[]? baseline = null;
            var baselineCount = 0;
            TimeSpan baselineIndexTime = default, baselineQueryTime = default;
            if (options.Baseline)
            {
                (baseline, baselineCount, baselineIndexTime, baselineQueryTime) = RunBaseline(options, documents, queries, Path.Combine(root, "baseline"), progress);
            }

            var outcomes = queries.Select((q, i) => Score(q, ours[i], baseline?[i])).ToList();
            var splits = SplitOrder
                .Concat(outcomes.Select(o => o.Query.SplitName).Distinct().Where(n => !SplitOrder.Contains(n)).Order(StringComparer.Ordinal))
                .Select(name => SplitReport.From(name, [.. outcomes.Where(o => o.Query.SplitName == name)]))
                .Where(s => s.Queries > 0)
                .ToList();
            return new EvaluationReport(
                options, oursCount, baselineCount, SplitReport.From("All", outcomes), splits, outcomes,
                loadTime, indexTime, queryTime, baselineIndexTime, baselineQueryTime);
        }
        finally
        {
            if (options.IndexDirectory is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static (RankedList[] Results, int Documents, TimeSpan Index, TimeSpan Query) RunOurs(
        EvaluationOptions options, List<CorpusDocument> documents, List<EvalQuery> queries, string path, TextWriter? progress)
    {
        using var engine = new ServiceEngineRunner(path, options.Weights, options.Bm25);
        var clock = Stopwatch.StartNew();
        // A kept index (--index-dir) that already holds every document is reused: query-side tuning runs then
        // skip a minute of indexing. BM25's k1 and b are applied at search time, so they need no re-index.
        if (engine.DocumentCount == documents.Count)
        {
            progress?.WriteLine($"Ours: reusing the {engine.DocumentCount:N0} documents already indexed in {path}");
        }
        else
        {
            engine.Index(documents);
        }

        var indexTime = clock.Elapsed;
        progress?.WriteLine($"Ours: indexed {engine.DocumentCount:N0} documents in {indexTime.TotalSeconds:F1} s");
        clock.Restart();
        var results = RunQueries(queries, q => engine.Search(q.Text, options.Depth));
        var queryTime = clock.Elapsed;
        progress?.WriteLine($"Ours: ran {queries.Count:N0} queries in {queryTime.TotalSeconds:F1} s");
        return (results, engine.DocumentCount, indexTime, queryTime);
    }

    private static (RankedList[] Results, int Documents, TimeSpan Index, TimeSpan Query) RunBaseline(
        EvaluationOptions options, List<CorpusDocument> documents, List<EvalQuery> queries, string path, TextWriter? progress)
    {
        using var baseline = new StockLuceneBaseline(path);
        var clock = Stopwatch.StartNew();
        baseline.Index(documents);
        var indexTime = clock.Elapsed;
        progress?.WriteLine($"Baseline: indexed {baseline.DocumentCount:N0} documents in {indexTime.TotalSeconds:F1} s");
        clock.Restart();
        var results = RunQueries(queries, q => baseline.Search(q.Text, options.Depth));
        var queryTime = clock.Elapsed;
        progress?.WriteLine($"Baseline: ran {queries.Count:N0} queries in {queryTime.TotalSeconds:F1} s");
        return (results, baseline.DocumentCount, indexTime, queryTime);
    }

    private static RankedList[] RunQueries(List<EvalQuery> queries, Func<EvalQuery, RankedList> search)
    {
        // Both searchers are thread-safe; results land by index so the order of queries.tsv is kept.
        var results = new RankedList[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => results[i] = search(queries[i]));
        return results;
    }

    private static QueryOutcome Score(EvalQuery query, RankedList ours, RankedList? baseline)
    {
        bool? snippet = null;
        var goldRank = query.Gold is null ? -1 : ours.Ids.Take(10).ToList().IndexOf(query.Gold);
        if (goldRank >= 0)
        {
            snippet = AnswerText.ContainsAny(ours.FirstSnippets.ElementAtOrDefault(goldRank), query.Answers);
        }

        return new QueryOutcome(
            query,
            ours,
            Metrics.Compute(ours.Ids, query.Grades),
            baseline,
            baseline is null ? null : Metrics.Compute(baseline.Ids, query.Grades),
            snippet);
    }
}
