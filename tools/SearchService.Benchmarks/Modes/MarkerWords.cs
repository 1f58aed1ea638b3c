using System.Text;

namespace SearchService.Benchmarks.Modes;

/// <summary>Unique random Latin words ("zq" + 10 letters) from a seed: no article contains them, the Arabic
/// chain leaves them as they are, and two of them are almost never within the service's two-edit fuzzy reach.</summary>
internal sealed class MarkerWords(int seed)
{
    private readonly Random random = new(seed);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Next()
    {
        while (true)
        {
            var b = new StringBuilder("zq");
            for (var i = 0; i < 10; i++)
            {
                b.Append((char)('a' + random.Next(26)));
            }

            var word = b.ToString();
            if (used.Add(word))
            {
                return word;
            }
        }
    }
}
