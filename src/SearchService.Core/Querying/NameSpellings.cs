using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>One Arabic spelling of a name the index holds (ترامب), with the forms it occurs in there (ترامب،
/// وترامب، لترامب …: exact-field terms) and how many documents hold them (a document with two forms counts twice).</summary>
internal sealed record NameSpelling(string Word, IReadOnlyList<string> Forms, int Documents);

/// <summary>
/// The Arabic spellings, among the words the index holds, of a name typed in Latin letters (Trump → ترامب، ترمب).
/// Candidates share the name's <see cref="NameKey"/> and write their vowels where it has them
/// (<see cref="NameKey.Fits"/>); of those, only words that behave like names are kept: a
/// name takes the attached prefixes (و، ب، ل، ال …) but no suffixes, while a native word with the same consonants
/// also appears as كتابه، كتابها، كتابات. The words of each segment are keyed once and kept with the segment.
/// </summary>
internal sealed class NameSpellings
{
    /// <summary>Keys this short join too many unrelated words.</summary>
    public const int MinKeyLength = 3;

    /// <summary>At most this many spellings per name, the most frequent.</summary>
    public const int MaxSpellings = 6;

    // Answers kept per index version; past this many distinct Latin words they are dropped and found again.
    private const int MaxRemembered = 10_000;

    // A word with more than this share of suffixed forms (its documents with كتابه، كتابها … over those with كتاب)
    // is a native word, not a name: on the news, names have under 1% (ماسك 9%: a native word too, "holder"),
    // native nouns and verbs mostly 10–200%.
    private const double MaxSuffixShare = 0.1;

    private static readonly string[] Prefixes =
        ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول", "فب", "فل", "وك", "ولل"];

    private static readonly string[] Suffixes =
        ["ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا", "ي", "ات", "ون", "ين", "ان", "يه", "وا"];

    private readonly ConditionalWeakTable<object, Dictionary<string, List<(string Word, string Form)>>> keyed = new();
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, IReadOnlyList<NameSpelling>>> found = new();

    /// <summary>The query with each plain word typed in Latin letters given its Arabic spellings. Quoted phrases,
    /// <c>+word</c>, <c>-word</c>, <c>word*</c> and <c>word~</c> stay as typed.</summary>
    public ParsedQuery Expand(ParsedQuery parsed, IndexReader reader)
    {
        var changed = false;
        var groups = parsed.Groups.Select(group =>
        {
            if (group.Kind != GroupKind.Optional)
            {
                return group;
            }

            var alternatives = group.Alternatives.Select(item =>
            {
                if (item is not WordItem { Prefix: false, MaxEdits: null } word || OfLatin(reader, word.Text) is not { Count: > 0 } spellings)
                {
                    return item;
                }

                changed = true;
                return word with { Spellings = spellings };
            }).ToList();
            return group with { Alternatives = alternatives };
        }).ToList();
        return changed ? new ParsedQuery(groups) : parsed;
    }

    /// <summary>The Arabic spellings of <paramref name="latin"/> in <paramref name="reader"/>, most frequent first;
    /// empty when the word is not Latin letters or no name in the index sounds like it.</summary>
    public IReadOnlyList<NameSpelling> OfLatin(IndexReader reader, string latin)
    {
        if (NameKey.OfLatin(latin) is not { Length: >= MinKeyLength } key)
        {
            return [];
        }

        var remembered = found.GetValue(reader, _ => new ConcurrentDictionary<string, IReadOnlyList<NameSpelling>>(StringComparer.Ordinal));
        if (remembered.Count >= MaxRemembered)
        {
            remembered.Clear();
        }

        return remembered.GetOrAdd(latin.ToLowerInvariant(), name => Find(reader, name, key));
    }

    private IReadOnlyList<NameSpelling> Find(IndexReader reader, string latin, string key)
    {
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (Keyed(leaf.AtomicReader).TryGetValue(key, out var words))
            {
                foreach (var (word, form) in words.Where(w => NameKey.Fits(latin, w.Word)))
                {
                    if (!forms.TryGetValue(word, out var set))
                    {
                        forms[word] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(form);
                }
            }
        }

        return [.. forms
            .Select(f => new NameSpelling(f.Key, [.. f.Value.Order(StringComparer.Ordinal)], f.Value.Sum(form => DocFreq(reader, form))))
            .Where(s => s.Documents > 0 && BehavesLikeName(reader, s))
            .OrderByDescending(s => s.Documents)
            .ThenBy(s => s.Word, StringComparer.Ordinal)
            .Take(MaxSpellings)];
    }

    private static bool BehavesLikeName(IndexReader reader, NameSpelling spelling)
    {
        var stem = spelling.Word.StartsWith("ال", StringComparison.Ordinal) && spelling.Word.Length >= 5 ? spelling.Word[2..] : null;
        var suffixed = 0;
        foreach (var word in stem is null ? [spelling.Word] : new[] { spelling.Word, stem })
        {
            foreach (var suffix in Suffixes)
            {
                suffixed += DocFreq(reader, word + suffix);
                if (word.EndsWith('ه'))
                {
                    suffixed += DocFreq(reader, word[..^1] + "ت" + suffix);
                }
            }
        }

        return suffixed <= MaxSuffixShare * spelling.Documents;
    }

    private static int DocFreq(IndexReader reader, string word) => reader.DocFreq(new Term(IndexFields.TextExact, word));

    // Every body word of the segment (and each reading of it without attached prefixes) under its key.
    private Dictionary<string, List<(string Word, string Form)>> Keyed(AtomicReader reader) =>
        keyed.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private static Dictionary<string, List<(string Word, string Form)>> Build(AtomicReader reader)
    {
        var byKey = new Dictionary<string, List<(string Word, string Form)>>(StringComparer.Ordinal);
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
            if (form.Length < 3 || form[0] is < '\u0621' or > '\u064A')
            {
                continue;
            }

            Add(byKey, form, form);
            foreach (var prefix in Prefixes)
            {
                if (form.Length - prefix.Length >= 3 && form.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Add(byKey, form[prefix.Length..], form);
                }
            }
        }

        return byKey;
    }

    private static void Add(Dictionary<string, List<(string Word, string Form)>> byKey, string word, string form)
    {
        if (NameKey.OfArabic(word) is not { Length: >= MinKeyLength } key)
        {
            return;
        }

        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }

        list.Add((word, form));
    }
}
