using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Documents;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// Ten 5 MB documents among ordinary ones: every kind of search still answers within its budget, with snippets
/// for every hit, the huge ones included. "Within the budget" is the engine's contract, so it is asserted here with
/// the service's real budget, far above what these searches take; how fast they are is the benchmark's business.
/// </summary>
public sealed partial class LargeDocumentTests(LargeDocumentTests.Index index) : IClassFixture<LargeDocumentTests.Index>
{
    private static readonly SearchLimits Limits = new() { QueryTimeoutMilliseconds = 2_000 };

    [Theory]
    [InlineData("ماسك")] // keyword
    [InlineData("ماسك ألتمان")] // several words, with the proximity bonus
    [InlineData("\"إيلون ماسك\"")] // phrase
    [InlineData("\"ماسك ألتمان\"~5")] // sloppy phrase
    [InlineData("ألتمن~1")] // fuzzy
    [InlineData("كيف أستطيع أن أصبح مثل إيلون ماسك؟")] // a pasted question: many words, roots, proximity
    [InlineData("الذكا*")] // prefix
    public void Search_AmongHugeDocuments_AnswersWithinTheBudgetWithSnippets(string query)
    {
        var engine = new SearchEngine(index.Temp.Store.Searchers, QueryWeights.Default, new SnippetBuilder(), Limits, TimeProvider.System);

        var stopwatch = Stopwatch.StartNew();
        var results = engine.Search(new SearchRequest(query, 1, 100));
        stopwatch.Stop();

        Assert.False(results.TimedOut, $"{query}: timed out after {results.Took}");
        Assert.True(stopwatch.Elapsed < Limits.TimeBudget, $"{query}: took {stopwatch.Elapsed}");
        Assert.Contains(results.Hits, h => h.Id.StartsWith("huge", StringComparison.Ordinal)); // they are among the hits
        Assert.All(results.Hits, h => Assert.True(
            h.Snippets.Count > 0 && h.Snippets.Concat([h.TitleFragment]).SelectMany(s => s.Parts).Any(p => p.IsMatch),
            $"{query}: {h.Id} has no marked snippet"));
    }

    /// <summary>Ten 5 MB documents of real text (the sentences of the article shipped in index-data, drawn at random)
    /// and fifty ordinary ones (so every hit fits in one page of results), indexed once for the class.</summary>
    public sealed partial class Index : IDisposable
    {
        private const int HugeBytes = 5 * 1024 * 1024;

        public Index()
        {
            var seed = File.ReadAllText(Path.Combine(RepositoryFiles.IndexData, "000_8af5831bf0bad0c9.txt"));
            var sentences = SentencePattern().Matches(seed).Select(m => m.Value.Trim()).Where(s => s.Length > 0).ToArray();
            Temp = new TempIndex(new Dictionary<string, string>());
            var documents = Enumerable.Range(0, 10).Select(i => TempIndex.Document($"huge{i}", Text(sentences, new Random(i), HugeBytes)))
                .Concat(Enumerable.Range(0, 50).Select(i => TempIndex.Document($"doc{i}", Text(sentences, new Random(100 + i), 3_000))));

            // Two writers' worth of threads: IndexWriter takes documents concurrently, and analysis is the cost here.
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 2 }, Temp.Store.Upsert);
            Temp.Store.Commit();
        }

        public TempIndex Temp { get; }

        public void Dispose() => Temp.Dispose();

        // The article's sentences in random order, a paragraph every few, until the text holds that many UTF-8 bytes.
        private static string Text(string[] sentences, Random random, int bytes)
        {
            var text = new StringBuilder();
            var size = 0;
            while (size < bytes)
            {
                var sentence = sentences[random.Next(sentences.Length)];
                text.Append(sentence).Append(random.Next(5) == 0 ? '\n' : ' ');
                size += Encoding.UTF8.GetByteCount(sentence) + 1;
            }

            return text.ToString();
        }

        [GeneratedRegex(@"[^.؟!\n]+[.؟!]?")]
        private static partial Regex SentencePattern();
    }
}
