using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using SearchService.Core.Analysis;

namespace SearchService.Core.Indexing;

/// <summary>
/// Every body word of each segment under its <see cref="NameKey"/>, for finding a foreign name's other spellings.
/// A segment is keyed once, when it opens: a merged segment in the merge thread (<see cref="MergeWarmer"/>), a
/// flushed or read-only one when a searcher over it is made (<see cref="IndexSearcherFactory"/>), so no search waits
/// for it (keying the 70k news takes about a second and a half). Kept with the segment's core and dropped with it.
/// </summary>
internal sealed class SegmentNameKeys
{
    /// <summary>Keys shorter than this are not kept.</summary>
    public const int ShortestKey = 2;

    private readonly ConditionalWeakTable<object, Dictionary<string, string[]>> keyed = new();
    private int built;

    public SegmentNameKeys() => MergeWarmer = new Warmer(this);

    /// <summary>Keys a merged segment before searches can see it.</summary>
    public IndexWriter.IndexReaderWarmer MergeWarmer { get; }

    /// <summary>How many segments have been keyed so far.</summary>
    public int Built => Volatile.Read(ref built);

    /// <summary>Keys every segment of <paramref name="reader"/> not keyed yet.</summary>
    public void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            Keyed(leaf.AtomicReader);
        }
    }

    /// <summary>The words of the index under the key, from every segment.</summary>
    public HashSet<string> Words(IndexReader reader, string key)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (Keyed(leaf.AtomicReader).TryGetValue(key, out var keyedWords))
            {
                words.UnionWith(keyedWords);
            }
        }

        return words;
    }

    // Each Arabic word is also read without attached prefixes.
    private Dictionary<string, string[]> Keyed(AtomicReader reader) =>
        keyed.GetValue(reader.CoreCacheKey, _ => Build(reader));

    // Kept as arrays: most keys hold one or two words, and a set per key costs several times the words (on the 70k
    // news, 51 MB as sets against 29 as arrays).
    private Dictionary<string, string[]> Build(AtomicReader reader)
    {
        Interlocked.Increment(ref built);
        var byKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var terms = reader.GetTerms(IndexFields.TextExact)?.GetEnumerator();
        if (terms is null)
        {
            return [];
        }

        // Every word, however rare here: a word once in each of two segments is twice in the index, and whether
        // it counts cannot depend on how the documents fell into segments (NameSpellings drops the rare ones).
        while (terms.MoveNext())
        {
            var form = terms.Term.Utf8ToString();
            if (form.Length < 3)
            {
                continue;
            }

            if (NameKey.OfLatin(form) is { Length: >= ShortestKey } latinKey)
            {
                Add(byKey, latinKey, form); // "trump" in an Arabic article, for ترامب
                continue;
            }

            if (form[0] is < '\u0621' or > '\u064A')
            {
                continue;
            }

            Add(byKey, form);
            foreach (var prefix in NameKey.AttachedPrefixes)
            {
                if (form.Length - prefix.Length >= 3 && form.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Add(byKey, form[prefix.Length..]);
                }
            }
        }

        return byKey.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<string>> byKey, string word)
    {
        if (NameKey.OfArabic(word) is { Length: >= ShortestKey } key)
        {
            Add(byKey, key, word);
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> byKey, string key, string word)
    {
        if (!byKey.TryGetValue(key, out var words))
        {
            byKey[key] = words = new HashSet<string>(StringComparer.Ordinal);
        }

        words.Add(word);
    }

    private sealed class Warmer(SegmentNameKeys keys) : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => keys.Keyed(reader);
    }
}
