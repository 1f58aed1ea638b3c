using System.Diagnostics;
using System.Globalization;
using SearchService.Core.Suggest;

namespace SearchService.Evaluation;

/// <summary>
/// How long a completion takes on the news corpus (70,272 articles): prefixes of 2 to 5 letters cut from the words of
/// the benchmark's keyword queries (deterministic: the first 300 distinct ones), each asked once after a warm-up, one
/// at a time. Prints p50, p95 and max.
/// </summary>
internal static class SuggestTiming
{
    public static void Run(EvaluationOptions options, TextWriter output, TextWriter? progress)
    {
        var newsDir = options.NewsDirectory ?? throw new ArgumentException("--suggest needs --news.");
        var queriesFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ArqaDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "bench", "queries_keyword.txt");
        var prefixes = File.ReadLines(queriesFile)
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3)
            .SelectMany(w => Enumerable.Range(2, Math.Min(4, w.Length - 1)).Select(n => w[..n]))
            .Distinct(StringComparer.Ordinal)
            .Take(300)
            .ToList();

        var root = options.IndexDirectory ?? Path.Combine(Path.GetTempPath(), "searchservice-eval", Guid.NewGuid().ToString("N"));
        try
        {
            using var engine = new ServiceEngineRunner(Path.Combine(root, "suggest-news"), options.Weights, options.Bm25);
            var documents = NewsCorpus.Read(newsDir).ToList();
            if (engine.DocumentCount != documents.Count)
            {
                engine.Index(documents);
            }

            progress?.WriteLine($"Suggest: {engine.DocumentCount:N0} documents indexed; {prefixes.Count} prefixes");
            var completions = new Completions(engine.Searchers);
            foreach (var p in prefixes.Take(20))
            {
                completions.Suggest(p, 8); // warm-up
            }

            var times = new List<double>();
            var words = 0;
            foreach (var p in prefixes)
            {
                var clock = Stopwatch.StartNew();
                words += completions.Suggest(p, 8).Words.Count;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- {engine.DocumentCount:N0} documents, {prefixes.Count} prefixes (2–5 letters), size 8: p50 {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms, max {times[^1]:F2} ms; {words / (double)prefixes.Count:F1} words per prefix."));
        }
        finally
        {
            if (options.IndexDirectory is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
