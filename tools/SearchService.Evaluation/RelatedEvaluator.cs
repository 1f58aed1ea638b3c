using System.Diagnostics;
using SearchService.Core.Related;

namespace SearchService.Evaluation;

/// <summary>
/// Related documents on arqa: every paragraph whose Wikipedia article has another paragraph asks for its related
/// documents, and the other paragraphs of its article are the relevant ones. Run twice, on an index with the titles
/// (all paragraphs of an article share theirs, so it is the easy case) and on one without (text only), each time
/// for our <see cref="RelatedDocuments"/> and Lucene's MoreLikeThis with default settings over the same index.
/// </summary>
internal static class RelatedEvaluator
{
    /// <summary>How many related documents are asked for: the API's largest size, so MRR sees past the first page.</summary>
    public const int Depth = 20;

    public static RelatedReport Run(EvaluationOptions options, TextWriter? progress = null)
    {
        var arqa = ArqaDataSet.Load(options.ArqaDirectory);
        var documents = arqa.Documents.Where(d => d.Article is not null).ToList();
        var byArticle = documents.GroupBy(d => d.Article!).ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var queries = documents
            .Where(d => byArticle[d.Article!].Count >= 2)
            .Select(d => (d.Id, Relevant: byArticle[d.Article!].Where(id => id != d.Id).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        progress?.WriteLine($"Related: {documents.Count:N0} paragraphs of {byArticle.Count:N0} articles; {queries.Count:N0} ask for their related ones");

        var root = options.IndexDirectory ?? Path.Combine(Path.GetTempPath(), "searchservice-eval", Guid.NewGuid().ToString("N"));
        try
        {
            var rows = new List<RelatedRow>();
            foreach (var withTitles in new[] { true, false })
            {
                var corpus = withTitles ? documents : [.. documents.Select(d => d with { Title = string.Empty })];
                using var engine = new ServiceEngineRunner(Path.Combine(root, withTitles ? "related-titles" : "related-text"), options.Weights, options.Bm25);
                engine.Index(corpus);
                var ours = new RelatedDocuments(engine.Searchers, options.RelatedWeights);
                var baseline = new MoreLikeThisBaseline(engine.Searchers);
                rows.Add(Measure("MoreLikeThis (defaults)", withTitles, queries, id => baseline.Find(id, Depth) ?? [], progress));
                rows.Add(Measure("ours", withTitles, queries, id => ours.Find(id, Depth)?.Select(h => h.Id).ToList() ?? [], progress));
            }

            var ceiling = queries.Average(q => Math.Min(5, q.Relevant.Count) / 5.0);
            return new RelatedReport(documents.Count, byArticle.Count, queries.Count, ceiling, rows);
        }
        finally
        {
            if (options.IndexDirectory is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static RelatedRow Measure(
        string system, bool withTitles, List<(string Id, HashSet<string> Relevant)> queries, Func<string, IReadOnlyList<string>> find, TextWriter? progress)
    {
        var clock = Stopwatch.StartNew();
        var precision = new double[queries.Count];
        var reciprocal = new double[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (id, relevant) = queries[i];
            var ranked = find(id);
            precision[i] = ranked.Take(5).Count(relevant.Contains) / 5.0;
            var first = ranked.ToList().FindIndex(relevant.Contains);
            reciprocal[i] = first < 0 ? 0 : 1.0 / (first + 1);
            if (ranked.Contains(id))
            {
                throw new InvalidOperationException($"{system} listed {id} as related to itself");
            }
        });
        progress?.WriteLine($"Related: {system}, {(withTitles ? "titles" : "text only")}: {queries.Count:N0} documents in {clock.Elapsed.TotalSeconds:F1} s");
        return new RelatedRow(system, withTitles, precision.Average(), reciprocal.Average());
    }
}

/// <summary>One system on one index: mean precision@5 and MRR (first relevant within <see cref="RelatedEvaluator.Depth"/>).</summary>
internal sealed record RelatedRow(string System, bool WithTitles, double PrecisionAt5, double Mrr);

/// <param name="Ceiling">The best precision@5 possible: an article with two paragraphs has one relevant document.</param>
internal sealed record RelatedReport(int Documents, int Articles, int Queries, double Ceiling, IReadOnlyList<RelatedRow> Rows);
