using System.Globalization;

namespace SearchService.Benchmarks.Corpus;

/// <summary>
/// Makes a corpus of any size from the news: copy k of a document gets the id <c>r{k}/{id}</c> (copy 0 keeps its
/// own), and the whole set is shuffled with a seeded <see cref="Random"/>, so a run is reproducible and copies do
/// not arrive in long identical stretches. Copies share their strings, so a million documents cost little memory.
/// Term statistics change with every copy: use the figures for throughput and size, not for ranking.
/// </summary>
internal static class Replication
{
    public static List<BenchDocument> Build(IReadOnlyList<BenchDocument> source, int count, int seed)
    {
        if (source.Count == 0)
        {
            throw new ArgumentException("there are no documents to replicate", nameof(source));
        }

        var result = new List<BenchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var original = source[i % source.Count];
            var copy = i / source.Count;
            result.Add(copy == 0 ? original : original with { Id = string.Create(CultureInfo.InvariantCulture, $"r{copy}/{original.Id}") });
        }

        var random = new Random(seed);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
        return result;
    }
}
