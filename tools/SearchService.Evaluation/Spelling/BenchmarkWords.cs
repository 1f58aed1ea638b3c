using SearchService.Core.Analysis;

namespace SearchService.Evaluation.Spelling;

/// <summary>A correctly spelt word taken from a benchmark query, and the query word beside it.</summary>
internal sealed record BenchmarkWord(string Word, string? Neighbour, bool NeighbourFollows);

/// <summary>
/// The words the did-you-mean measurement slips: from the 300 benchmark queries (shared/corpus/bench/queries.txt),
/// the distinct words of at least four Arabic letters (hamza to yeh, nothing else) that are not stopwords, shuffled
/// with a fixed seed and the first <c>count</c> taken.
/// </summary>
internal static class BenchmarkWords
{
    public const int MinLetters = 4;

    public static List<BenchmarkWord> Select(IEnumerable<string> queries, int count, int seed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<BenchmarkWord>();
        foreach (var query in queries)
        {
            var tokens = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim(['"', '؟', '?', '،', ',', '.', ':', '؛', '(', ')', '«', '»', '!']))
                .Where(t => t.Length > 0 && t.All(c => c is >= 'ء' and <= 'ي'))
                .ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i];
                if (word.Length < MinLetters || ArabicSearchAnalyzer.StopWords.Contains(ArabicSearchAnalyzer.Fold(word)) || !seen.Add(word))
                {
                    continue;
                }

                words.Add(i + 1 < tokens.Count
                    ? new BenchmarkWord(word, tokens[i + 1], true)
                    : new BenchmarkWord(word, i > 0 ? tokens[i - 1] : null, false));
            }
        }

        var random = new Random(seed);
        return [.. words.OrderBy(_ => random.Next()).Take(count)];
    }
}
