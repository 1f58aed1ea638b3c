using System.Diagnostics;
using System.Text.Json;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Spelling;

namespace SearchService.Evaluation.Spelling;

/// <summary>How one slipped (or correct) query fared.</summary>
/// <param name="KnownWord">The slip gave another word the index knows (in more than
/// <see cref="DidYouMean.RareDocuments"/> documents), which by design is never corrected.</param>
internal sealed record SlipOutcome(Slip Slip, string? Suggested, bool FoldedByAnalysis, bool KnownWord, bool Restored);

/// <summary>What the did-you-mean run measured.</summary>
internal sealed record DidYouMeanReport(
    int Documents,
    IReadOnlyList<SlipOutcome> Slips,
    IReadOnlyList<SlipOutcome> Correct,
    int BenchmarkQueries,
    int BenchmarkLookedFurther,
    IReadOnlyList<(string Query, string Suggested)> BenchmarkSuggested,
    IReadOnlyList<double> BenchmarkMilliseconds,
    IReadOnlyList<double> SlipMilliseconds);

/// <summary>
/// The did-you-mean measurement (issue 13): index the 70k news articles with the service's engine, slip 300
/// benchmark words one way of each kind, search each slipped word and see whether the suggestion is the word meant;
/// search the 300 words as spelt and count suggestions (false alarms); time the suggester on the 300 benchmark
/// queries. A slip that analysis folds away (ة for ه at the end: the same exact term, the same documents) is counted
/// apart, since the reader already gets the original's results and no suggestion is due.
/// </summary>
internal static class DidYouMeanEvaluation
{
    public const int Seed = 20251125;
    public const int WordCount = 300;

    public static DidYouMeanReport Run(string documentsJsonl, string queriesFile, string indexPath, TextWriter progress)
    {
        var words = BenchmarkWords.Select(File.ReadLines(queriesFile), WordCount, Seed);
        var slips = words
            .SelectMany((w, i) => Enum.GetValues<SlipKind>().Select(kind => SlipGenerator.Make(w.Word, w.Neighbour, w.NeighbourFollows, kind, Seed + (7919 * i) + (31 * (int)kind))))
            .OfType<Slip>()
            .ToList();
        progress.WriteLine($"{words.Count} words, {slips.Count} slips");

        using var engine = new ServiceEngineRunner(indexPath, QueryWeights.Default, Bm25Parameters.Default);
        var documents = ReadJsonl(documentsJsonl).ToList();
        if (engine.DocumentCount != documents.Count)
        {
            var clock = Stopwatch.StartNew();
            engine.Index(documents);
            progress.WriteLine($"Indexed {engine.DocumentCount:N0} documents in {clock.Elapsed.TotalSeconds:F0} s");
        }
        else
        {
            progress.WriteLine($"Reusing the {engine.DocumentCount:N0} documents indexed in {indexPath}");
        }

        var slipTimes = new List<double>();
        var slipped = slips.Select(s => Outcome(engine, s, slipTimes)).ToList();
        var correct = words.Select(w => Outcome(engine, new Slip(SlipKind.Deletion, w.Word, w.Word), [])).ToList();

        var queries = File.ReadLines(queriesFile).Where(q => q.Length > 0).ToList();
        var (lookedFurther, suggested, times) = engine.WithReader(reader => TimeSuggester(queries, reader));
        return new DidYouMeanReport(engine.DocumentCount, slipped, correct, queries.Count, lookedFurther, suggested, times, slipTimes);
    }

    /// <summary>Both sides folded and spaced alike: ة/ه, ى/ي and the hamza on alef are one letter to the index.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', ArabicSearchAnalyzer.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static SlipOutcome Outcome(ServiceEngineRunner engine, Slip slip, List<double> times)
    {
        var clock = Stopwatch.StartNew();
        var suggestion = engine.DidYouMean(slip.Typed);
        times.Add(clock.Elapsed.TotalMilliseconds);
        var folded = Normalize(slip.Typed) == Normalize(slip.Original);
        var known = !folded && !slip.Typed.Contains(' ', StringComparison.Ordinal)
            && engine.WithReader(reader => new IndexWords(reader).Documents(Normalize(slip.Typed))) > DidYouMean.RareDocuments;
        return new SlipOutcome(slip, suggestion, folded, known, suggestion is not null && Normalize(suggestion) == Normalize(slip.Original));
    }

    // Each benchmark query timed in the suggester alone, a few rounds so the figure is not the first call's.
    private static (int, List<(string, string)>, List<double>) TimeSuggester(List<string> queries, Lucene.Net.Index.IndexReader reader)
    {
        var parsed = queries.Select(QuerySyntaxParser.Parse).ToList();
        var lookedFurther = 0;
        var suggested = new List<(string, string)>();
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                var suggestion = DidYouMean.Suggest(queries[i], parsed[i], reader, out var looked);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (round == 2)
                {
                    times.Add(elapsed);
                    lookedFurther += looked ? 1 : 0;
                    if (suggestion is not null)
                    {
                        suggested.Add((queries[i], suggestion.Query));
                    }
                }
            }
        }

        return (lookedFurther, suggested, times);
    }

    private static IEnumerable<CorpusDocument> ReadJsonl(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new CorpusDocument(
                root.GetProperty("id").GetString()!,
                root.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty,
                root.TryGetProperty("text", out var x) ? x.GetString() ?? string.Empty : string.Empty);
        }
    }
}
