using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using SearchService.Core.Analysis;

namespace SearchService.Core.Indexing;

/// <summary>
/// Every body word of each segment under its <see cref="NameKey"/>, for finding a foreign name's other spellings.
/// A segment is keyed once, when it opens: a merged segment in the merge thread (<see cref="MergeWarmer"/>), a
/// flushed or read-only one when a searcher over it is made (<see cref="IndexSearcherFactory"/>), so no search waits
/// for it (keying the 70k news takes about a second). Kept with the segment's core and dropped with it.
/// </summary>
internal sealed class SegmentNameKeys
{
    /// <summary>Keys shorter than this are not kept.</summary>
    public const int ShortestKey = 2;

    private readonly ConditionalWeakTable<object, Dictionary<string, HashSet<string>>> keyed = new();
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
    private Dictionary<string, HashSet<string>> Keyed(AtomicReader reader) =>
        keyed.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private Dictionary<string, HashSet<string>> Build(AtomicReader reader)
    {
        Interlocked.Increment(ref built);
        var byKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var terms = reader.GetTerms(IndexFields.TextExact)?.GetEnumerator();
        if (terms is null)
        {
            return byKey;
        }

        // In a large segment a word seen once is noise (a typo, a one-off transliteration); a small one keeps all.
        var minDocs = reader.MaxDoc >= 10_000 ? 2 : 1;
        while (terms.MoveNext())
        {
            var bytes = terms.Term;
            if (terms.DocFreq < minDocs)
            {
                continue;
            }

            var form = bytes.Utf8ToString();
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

        return byKey;
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
