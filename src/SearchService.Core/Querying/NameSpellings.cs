using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>One spelling of a name the index holds (ترامب), with the forms it occurs in there (ترامب، وترامب،
/// لترامب …: exact-field terms) and how many documents hold them (a document with two forms counts twice).</summary>
internal sealed record NameSpelling(string Word, IReadOnlyList<string> Forms, int Documents);

/// <summary>A query word read as a foreign name: <see cref="Typed"/>, when the word is Arabic, is the word itself
/// as the index holds it (searched with no root, and in those forms only unless <see cref="Stemmed"/>);
/// <see cref="Others"/> are its other spellings, in either script.</summary>
/// <param name="Stemmed">The word's light stem stays a match: it joins the name with no other word (المملكة's
/// مملكة). ألتمان's stem تم is a different, common word: that name is matched in its own forms only.</param>
internal sealed record NameReading(NameSpelling? Typed, IReadOnlyList<NameSpelling> Others, bool Stemmed = false);

/// <summary>
/// Foreign names among the words the index holds, found by sound: a name typed in Latin letters finds its Arabic
/// spellings (Trump → ترامب، ترمب), and an Arabic spelling finds the others and the Latin one (ترمب → ترامب، trump).
/// Candidates share the word's <see cref="NameKey"/> and write their vowels compatibly (<see cref="NameKey.Fits"/>,
/// <see cref="NameKey.Alike"/>); of those, only words that behave like names are kept (a name takes the attached
/// prefixes و، ب، ل، ال … but no suffixes, while a native word with the same consonants also appears as كتابه،
/// كتابها، كتابات), and of two Arabic spellings only those that stand beside the same words in the articles. The
/// words of each segment are keyed when the segment opens (<see cref="SegmentNameKeys"/>); each word's reading is
/// kept per index version.
/// Measured in docs/ranking.md ("Foreign names").
/// </summary>
internal sealed class NameSpellings(SegmentNameKeys nameKeys)
{
    /// <summary>Keys this short join too many unrelated words.</summary>
    public const int MinKeyLength = 3;

    /// <summary>A Latin name may have a key of two sounds (Messi, Sony, NASA) when an Arabic spelling writes every
    /// vowel it sounds (<see cref="NameKey.Fits"/>): ميسي, سوني, ناسا.</summary>
    public const int MinLatinKeyLength = SegmentNameKeys.ShortestKey;

    /// <summary>At most this many other spellings per name, the most frequent.</summary>
    public const int MaxSpellings = 6;

    /// <summary>An Arabic word in fewer documents than this is read as written: too rare for its morphology to show
    /// (in a folder of a few articles every word would pass for a name and lose its root).</summary>
    public const int MinDocuments = 5;

    // A spelling rarer than this share of the typed one's documents (of the most frequent, for a Latin name) is
    // mostly another word that happens to sound alike (مجثل beside مقتل, توتير beside تويتر); the rarest true one on
    // the news is قوقل (2.4% of غوغل).
    private const double MinShare = 0.02;

    // Brands take the article now and then (الانستجرام: 9 of انستجرام's 30 documents); native nouns and adjectives
    // mostly more often than not (الحكومة three times حكومة). A word typed with the article is held to the suffixes'
    // share instead: a native one also appears without it (جيش beside الجيش).
    private const double MaxArticleShare = 0.5;

    // A two-word spelling rarer than this share of the word's documents is two words that happen to meet.
    private const double MinSplitShare = 0.05;

    // How much more often the index must write a spelling that only a rewritten reading of a Latin name fits.
    private const double HiddenReadingShare = 10.0;

    // A name's stem that more documents hold than this many times the name's own is another word (تم for ألتمان).
    private const double MaxStemShare = 2.0;

    // On the news, 22 pairs of one name's spellings stand beside the same words at 0.04–0.53 (انستقرام 0.04 and
    // ميكروسوفت 0.06 beside the usual spelling, most above 0.1), 16 native pairs alike in sound at 0.00–0.10
    // (مطار and مثار 0.00, محمد and محمود 0.03, جرجيس and جرجس 0.06; ميركل and ماركل 0.10 are kept apart by their
    // vowels).
    private const double MinContextSimilarity = 0.05;

    // Two words each side of an occurrence: a title or first name (دونالد), an office (الرئيس), an adjective.
    private const int NeighbourWords = 2;

    // A name given in both scripts stands this close: ترامب (Trump), إيلون ماسك (Elon Musk).
    private const int MaxScriptDistance = 3;

    // Two spellings of one name share at most this share of the rarer one's documents.
    private const double MaxTogether = 0.2;

    // Documents from which a word in one of them is noise rather than a spelling.
    private const int LargeIndex = 10_000;

    // Answers kept per index version; past this many distinct words they are dropped and found again.
    private const int MaxRemembered = 10_000;

    // A word with more than this share of suffixed forms (its documents with كتابه، كتابها … over those with كتاب)
    // is a native word, not a name: on the news, names have under 1% (ماسك 9%: a native word too, "holder"),
    // native nouns and verbs mostly 10–200%.
    private const double MaxSuffixShare = 0.1;

    private static readonly string[] Suffixes =
        ["ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا", "ي", "ات", "ون", "ين", "ان", "يه", "وا"];

    private static readonly NameReading None = new(null, []);

    // A letter said as a word in a name (SpaceX: سبيس إكس).
    private static readonly Dictionary<char, string> LetterNames = new() { ['x'] = "اكس" };

    private static readonly Regex Letters = new(@"\p{L}+", RegexOptions.Compiled);

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, NameReading>> found = new();
    private readonly ConcurrentDictionary<(string, string, int), bool> sameContext = new();

    /// <summary>The query with each plain word that is a foreign name read as one. Quoted phrases, <c>+word</c>,
    /// <c>-word</c>, <c>word*</c> and <c>word~</c> stay as typed.</summary>
    public ParsedQuery Expand(ParsedQuery parsed, IndexReader reader)
    {
        var changed = false;
        var groups = new List<QueryGroup>(parsed.Groups.Count);
        for (var g = 0; g < parsed.Groups.Count; g++)
        {
            var group = parsed.Groups[g];
            if (group.Kind != GroupKind.Optional)
            {
                groups.Add(group);
                continue;
            }

            var alternatives = group.Alternatives.Select(item =>
            {
                if (item is not WordItem { Prefix: false, MaxEdits: null } word || Read(reader, word.Text) is not { } name)
                {
                    return item;
                }

                changed = true;
                return word with { Name = name };
            }).ToList();

            // Two plain words the index also writes as one name (فيس بوك: فيسبوك): the joined word is one more way
            // to match the first.
            if (g + 1 < parsed.Groups.Count && Joined(reader, group, parsed.Groups[g + 1]) is { } joined)
            {
                alternatives.Add(joined);
                changed = true;
            }

            groups.Add(group with { Alternatives = alternatives });
        }

        return changed ? new ParsedQuery(groups) : parsed;
    }

    private WordItem? Joined(IndexReader reader, QueryGroup first, QueryGroup second)
    {
        if (second.Kind != GroupKind.Optional
            || first.Alternatives is not [WordItem { Prefix: false, MaxEdits: null } a]
            || second.Alternatives is not [WordItem { Prefix: false, MaxEdits: null } b]
            || a.Scope != b.Scope
            || NameKey.OfLatin(a.Text) is not null)
        {
            return null;
        }

        var (left, right) = (ArabicSearchAnalyzer.Fold(a.Text), ArabicSearchAnalyzer.Fold(b.Text));
        if (ArabicSearchAnalyzer.StopWords.Contains(left) || ArabicSearchAnalyzer.StopWords.Contains(right)
            || Read(reader, left + right) is not { Typed: { } typed } name
            || typed.Word != left + right // read without attached letters: و محمد is not a name ومحمد
            || Math.Min(DocFreq(reader, left), DocFreq(reader, right)) > typed.Documents)
        {
            return null; // two words of their own (عبد العزيز: each far more common than عبدالعزيز) stay two words
        }

        return new WordItem($"{a.Text} {b.Text}", a.Scope) { Name = new NameReading(null, [typed, .. name.Others.Where(o => !o.Word.Contains(' ', StringComparison.Ordinal))]) };
    }

    /// <summary>The word read as a name in <paramref name="reader"/>; null when it is not one the index holds (or
    /// holds other spellings of).</summary>
    public NameReading? Read(IndexReader reader, string word)
    {
        var latin = NameKey.OfLatin(word);
        var folded = latin is null ? ArabicSearchAnalyzer.Fold(word) : word.ToLowerInvariant();
        var key = latin ?? NameKey.OfArabic(folded);
        if (key is null || key.Length < (latin is null ? MinKeyLength : MinLatinKeyLength) || word.Length < 3)
        {
            return null;
        }

        var remembered = found.GetValue(reader, _ => new ConcurrentDictionary<string, NameReading>(StringComparer.Ordinal));
        if (remembered.Count >= MaxRemembered)
        {
            remembered.Clear();
        }

        var reading = remembered.GetOrAdd(folded, w => latin is null ? FindArabic(reader, w, key) : FindLatin(reader, w));
        return ReferenceEquals(reading, None) ? null : reading;
    }

    // The Arabic words that fit one of the name's readings (NameKey.OfLatinAll), read in order, as written first.
    // The name's spelling is the most frequent fit of the first reading that has one, among the fits that write about
    // as many of its vowels as the closest (Cameron is كاميرون, not كمران; Musk is ماسك, not مأزق, a fit of "muzk"). A
    // later reading's best fit joins it when the index writes that one ten times as often (Juventus: يوفنتوس, 705
    // articles, beside جوفنتوس, 18). Other fits are kept when they are alike to one of those and in the same company:
    // Merkel also fits ماركل (Markle), Twitter تواتر.
    private NameReading FindLatin(IndexReader reader, string latin)
    {
        var found = NameKey.OfLatinAll(latin).Where(k => k.Length >= MinLatinKeyLength)
            .Select(k => Closest(latin, Spellings(reader, nameKeys.Words(reader, k)
                .Where(w => NameKey.Fits(latin, w) && DocFreq(reader, w) > 0 && Bare(reader, w) == w))))
            .Where(f => f.Count > 0)
            .ToList();
        if (found.Count == 0)
        {
            return LatinTwoWords(reader, latin) is { } twoWords ? new NameReading(null, [twoWords]) : None;
        }

        var first = found[0][0];
        List<NameSpelling> anchors = [first, .. found.Skip(1).Select(f => f[0]).Where(s => s.Documents >= HiddenReadingShare * first.Documents)];
        var others = found.SelectMany(f => f).DistinctBy(s => s.Word).Where(s => !anchors.Contains(s))
            .Where(s => anchors.Any(a => s.Documents >= MinShare * a.Documents && NameKey.Alike(a.Word, s.Word)
                && Apart(reader, a.Word, s.Word) && SameContext(reader, a.Word, s.Word)));
        var split = anchors.Select(a => TwoWords(reader, a.Word)).OfType<NameSpelling>();
        return new NameReading(null, [.. anchors.Concat(others).Concat(split).DistinctBy(s => s.Word).OrderByDescending(s => s.Documents).Take(MaxSpellings)]);
    }

    // A Latin name that Arabic writes as two words only (SpaceX: سبيس إكس): the split of the Latin word whose parts'
    // best fits stand side by side in the most documents, at least three. A last part of one letter is the letter's
    // Arabic name (x: إكس).
    private NameSpelling? LatinTwoWords(IndexReader reader, string latin)
    {
        var word = latin.ToLowerInvariant();
        NameSpelling? best = null;
        for (var i = 2; i < word.Length; i++)
        {
            var (left, right) = (word[..i], word[i..]);
            List<NameSpelling> seconds = right.Length > 1 ? BestFits(reader, right)
                : LetterNames.TryGetValue(right[0], out var letter) && DocFreq(reader, letter) is > 0 and var docs ? [new(letter, [letter], docs)] : [];
            if (seconds.Count == 0)
            {
                continue;
            }

            foreach (var a in BestFits(reader, left))
            {
                foreach (var b in seconds)
                {
                    var together = Adjacent(reader, a.Word, b.Word);
                    if (together > (best?.Documents ?? 0))
                    {
                        best = new NameSpelling($"{a.Word} {b.Word}", [$"{a.Word} {b.Word}"], together);
                    }
                }
            }
        }

        return best is { Documents: >= 3 } ? best : null;
    }

    // The three most frequent Arabic words that a piece of a Latin name fits and that behave like names.
    private List<NameSpelling> BestFits(IndexReader reader, string part) =>
    [
        .. Spellings(reader, NameKey.OfLatinAll(part).Where(k => k.Length >= MinLatinKeyLength)
                .SelectMany(k => nameKeys.Words(reader, k))
                .Distinct(StringComparer.Ordinal)
                .Where(w => DocFreq(reader, w) > 0 && NameKey.Fits(part, w))
                .OrderByDescending(w => DocFreq(reader, w))
                .Take(10))
            .Take(3),
    ];

    // The fits that write at most one vowel fewer than the closest fit, most frequent first: كمران writes one of
    // Cameron's vowels and كاميرون three; تويتر one of Twitter's and the rarer توتير two, so both stay.
    private static List<NameSpelling> Closest(string latin, List<NameSpelling> fits)
    {
        var closeness = fits.ToDictionary(f => f.Word, f => NameKey.Closeness(latin, f.Word), StringComparer.Ordinal);
        var best = closeness.Values.DefaultIfEmpty(0).Max();
        return [.. fits.Where(f => closeness[f.Word] >= best - 1)];
    }

    // An Arabic word is a name when the index holds it and it behaves like one; its other spellings are the Arabic
    // words alike in sound and the Latin words that fit it, each found bare at least once (طلته, read off بطلته, is
    // no word). A word typed with attached letters (وترامب, بالسجن) is read without them when the index holds that
    // reading at least as often.
    private NameReading FindArabic(IndexReader reader, string typed, string key)
    {
        var word = Bare(reader, typed);
        if ((word == typed ? key : NameKey.OfArabic(word)) is not { Length: >= MinKeyLength } bareKey
            || Spellings(reader, [word]) is not [{ Documents: >= MinDocuments } own])
        {
            return None;
        }

        var others = Spellings(reader, nameKeys.Words(reader, bareKey)
                .Where(w => w != word && DocFreq(reader, w) > 0 && Bare(reader, w) == w && (LatinTwin(w, word) || NameKey.Alike(word, w))))
            .Where(s => NameKey.OfLatin(s.Word) is not null
                ? SideBySide(reader, word, s.Word) || SameContext(reader, word, s.Word) // Illinois fits الناس: neither
                : s.Documents >= MinShare * own.Documents && Apart(reader, word, s.Word) && SameContext(reader, word, s.Word))
            .ToList();

        if (TwoWords(reader, word) is { } split)
        {
            others.Add(split);
        }

        var stem = ArabicLightStemFilter.StemOf(word);
        var stemmed = reader.DocFreq(new Term(IndexFields.Text, stem)) <= MaxStemShare * own.Documents;
        return new NameReading(own, [.. others.OrderByDescending(o => o.Documents).Take(MaxSpellings)], stemmed);
    }

    /// <summary>
    /// Whether two spellings keep apart, as one name's spellings do: an outlet writes a name one way throughout, so
    /// few documents hold both (on the news, 5–13% of the rarer spelling's: ترمب 27 of 544 with ترامب, جوجل 14 of
    /// 276 with غوغل), while two native words alike in sound meet often (محمد in 367 of محمود's 968: two men in one
    /// story).
    /// </summary>
    private static bool Apart(IndexReader reader, string a, string b) =>
        DocumentsWith(reader, a, b, together: null) <= MaxTogether * Math.Min(DocFreq(reader, a), DocFreq(reader, b));

    /// <summary>
    /// The name written as two words, when the index holds it so side by side (فيسبوك as فيس بوك, واتساب as واتس اب):
    /// the split with the most documents, if it has at least three and 5% of the word's own (فيس بوك has 25% of
    /// فيسبوك's; سي تلقي, two documents beside سيتلقى's hundred, is a coincidence).
    /// </summary>
    private static NameSpelling? TwoWords(IndexReader reader, string word)
    {
        if (word.Length < 5 || NameKey.OfLatin(word) is not null)
        {
            return null;
        }

        NameSpelling? best = null;
        for (var i = 2; i <= word.Length - 2; i++)
        {
            var (a, b) = (word[..i], word[i..]);
            if (DocFreq(reader, a) == 0 || DocFreq(reader, b) == 0)
            {
                continue;
            }

            var together = Adjacent(reader, a, b);
            if (together > (best?.Documents ?? 0))
            {
                best = new NameSpelling($"{a} {b}", [$"{a} {b}"], together);
            }
        }

        return best is { Documents: >= 3 } && best.Documents >= MinSplitShare * DocFreq(reader, word) ? best : null;
    }

    // How many documents hold b right after a.
    private static int Adjacent(IndexReader reader, string a, string b) =>
        DocumentsWith(reader, a, b, (atA, atB) => atB.Intersect(atA.Select(p => p + 1)).Any());

    /// <summary>Whether an article gives the name in both scripts, a few words apart: "دونالد ترامب (Donald Trump)".
    /// </summary>
    private static bool SideBySide(IndexReader reader, string arabic, string latin) =>
        DocumentsWith(reader, arabic, latin, (atA, atB) => atA.Any(p => atB.Any(q => Math.Abs(p - q) <= MaxScriptDistance)), enough: 1) > 0;

    /// <summary>How many documents hold both words, and where <paramref name="together"/> is given, hold them at
    /// positions it accepts (a's, then b's); walks the rarer word's documents and stops at <paramref name="enough"/>.
    /// </summary>
    private static int DocumentsWith(IndexReader reader, string a, string b, Func<List<int>, List<int>, bool>? together, int enough = int.MaxValue)
    {
        var aIsRarer = DocFreq(reader, a) <= DocFreq(reader, b);
        var documents = 0;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var x = segment.GetTermPositionsEnum(new Term(IndexFields.TextExact, aIsRarer ? a : b));
            var y = segment.GetTermPositionsEnum(new Term(IndexFields.TextExact, aIsRarer ? b : a));
            if (x is null || y is null)
            {
                continue;
            }

            while (x.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (y.DocID < x.DocID && y.Advance(x.DocID) == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (y.DocID != x.DocID)
                {
                    continue;
                }

                if (together is not null)
                {
                    var (atA, atB) = aIsRarer ? (Positions(x), Positions(y)) : (Positions(y), Positions(x));
                    if (!together(atA, atB))
                    {
                        continue;
                    }
                }

                if (++documents >= enough)
                {
                    return documents;
                }
            }
        }

        return documents;
    }

    private static List<int> Positions(DocsAndPositionsEnum postings) =>
        [.. Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition())];

    // Whether two spellings stand beside the same words; decided once per pair while the index stays within a
    // doubling of its size (reading the neighbours opens a few dozen stored documents).
    private bool SameContext(IndexReader reader, string a, string b)
    {
        if (sameContext.Count >= MaxRemembered)
        {
            sameContext.Clear();
        }

        var size = (int)Math.Log2(reader.NumDocs + 1);
        return sameContext.GetOrAdd((a, b, size), _ => ContextSimilarity(reader, a, b) >= MinContextSimilarity);
    }

    /// <summary>
    /// How alike the words beside two spellings are (cosine over the two words each side of up to
    /// <see cref="ContextSamples"/> occurrences, each neighbour weighted by its IDF): one name's spellings stand
    /// beside the same words (دونالد ترامب, دونالد ترمب; الرئيس الأمريكي), two native words that sound alike do not
    /// (مطار الملك خالد; مثار جدل).
    /// </summary>
    internal static double ContextSimilarity(IndexReader reader, string a, string b)
    {
        var (x, y) = (Context(reader, a), Context(reader, b));
        double dot = 0, normX = 0, normY = 0;
        foreach (var (word, count) in x)
        {
            normX += count * count;
            if (y.TryGetValue(word, out var other))
            {
                dot += count * other;
            }
        }

        foreach (var count in y.Values)
        {
            normY += count * count;
        }

        return normX == 0 || normY == 0 ? 0 : dot / Math.Sqrt(normX * normY);
    }

    /// <summary>How many occurrences of a word, in as many of its documents, give its neighbours.</summary>
    public const int ContextSamples = 30;

    private static Dictionary<string, double> Context(IndexReader reader, string word)
    {
        var neighbours = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (segment, doc, start, end) in OccurrenceSample.Of(reader, IndexFields.TextExact, word, ContextSamples))
        {
            var window = new TextWindowVisitor(start);
            segment.Document(doc, window);
            if (window.Start < 0 || end - window.Start > window.Window.Length)
            {
                continue;
            }

            var text = window.Window;
            var before = Letters.Matches(text[..(start - window.Start)]).TakeLast(NeighbourWords);
            var after = Letters.Matches(text[(end - window.Start)..]).Take(NeighbourWords);
            foreach (var match in before.Concat(after))
            {
                var neighbour = ArabicSearchAnalyzer.Fold(match.Value);
                if (neighbour.Length > 1 && !ArabicSearchAnalyzer.StopWords.Contains(neighbour))
                {
                    neighbours[neighbour] = neighbours.GetValueOrDefault(neighbour) + 1;
                }
            }
        }

        var documents = Math.Max(1, reader.NumDocs);
        return neighbours.ToDictionary(
            n => n.Key,
            n => Math.Log(1 + n.Value) * Math.Log(1 + (documents / (1.0 + reader.DocFreq(new Term(IndexFields.TextExact, n.Key))))),
            StringComparer.Ordinal);
    }

    // A Latin word in the index that fits an Arabic one, with four sounds at least: English words of three fit too
    // many Arabic ones (music, message and mosaic all fit ماسك).
    private static bool LatinTwin(string latin, string arabic) =>
        NameKey.OfLatin(latin) is { Length: >= 4 } && NameKey.Fits(latin, arabic);

    /// <summary>The word without attached prefixes, when the index holds it so at least as often (ترامب for
    /// وترامب, سجن for بالسجن; بوتين stays: وتين is rarer).</summary>
    private static string Bare(IndexReader reader, string word)
    {
        var docs = DocFreq(reader, word);
        foreach (var prefix in NameKey.AttachedPrefixes.OrderByDescending(p => p.Length))
        {
            if (word.Length - prefix.Length >= 3 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = word[prefix.Length..];
                if (DocFreq(reader, rest) >= Math.Max(docs, 1))
                {
                    return rest;
                }
            }
        }

        return word;
    }

    // Each word in every form the index holds (looked up, so a form in one document still counts), kept when it
    // behaves like a name; the most frequent first. In a large index a word in one document is noise (a typo, a
    // one-off transliteration); a small one keeps all.
    private static List<NameSpelling> Spellings(IndexReader reader, IEnumerable<string> words)
    {
        var minDocuments = reader.NumDocs >= LargeIndex ? 2 : 1;
        return
        [
            .. words
                .Select(word => NameKey.AttachedPrefixes.Prepend("").Select(p => (Form: p + word, Documents: DocFreq(reader, p + word)))
                        .Where(f => f.Documents > 0 || reader.DocFreq(new Term(IndexFields.TitleExact, f.Form)) > 0)
                        .ToList() is { Count: > 0 } forms
                    ? new NameSpelling(word, [.. forms.Select(f => f.Form)], forms.Sum(f => f.Documents))
                    : null)
                .OfType<NameSpelling>()
                .Where(s => s.Documents >= minDocuments && BehavesLikeName(reader, s))
                .OrderByDescending(s => s.Documents)
                .ThenBy(s => s.Word, StringComparer.Ordinal),
        ];
    }

    // Native words show their morphology in the index; a foreign name only takes the attached prefixes. Each sign is
    // counted against the documents holding the word: suffixes (كتابه، كتابها، حكومتها), the article (الحكومة beside
    // حكومة; for الحكومة, حكومة beside it), another person of a verb (يكشف beside تكشف); and the word must not be a
    // suffixed form itself.
    private static bool BehavesLikeName(IndexReader reader, NameSpelling spelling)
    {
        var word = spelling.Word;
        if (NameKey.OfLatin(word) is not null)
        {
            return true; // a Latin word in an Arabic text is a name or a term, never Arabic morphology
        }

        var bare = word.StartsWith("ال", StringComparison.Ordinal) && word.Length >= 5 ? word[2..] : null;
        var suffixed = 0;
        foreach (var w in bare is null ? [word] : new[] { word, bare })
        {
            foreach (var suffix in Suffixes)
            {
                suffixed += DocFreq(reader, w + suffix);
                if (w.EndsWith('ه'))
                {
                    suffixed += DocFreq(reader, w[..^1] + "ت" + suffix);
                }
            }
        }

        var limit = MaxSuffixShare * spelling.Documents;
        if (suffixed > limit || IsSuffixedForm(reader, word))
        {
            return false;
        }

        var article = bare is null
            ? DocFreq(reader, "ال" + word) + DocFreq(reader, "وال" + word) + DocFreq(reader, "بال" + word) + DocFreq(reader, "لل" + word)
            : DocFreq(reader, bare) + DocFreq(reader, "و" + bare) + DocFreq(reader, "ب" + bare) + DocFreq(reader, "ل" + bare);
        if (article > (bare is null ? MaxArticleShare : MaxSuffixShare) * spelling.Documents)
        {
            return false;
        }

        if (word.Length >= 4 && word[0] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            // Two other persons at least: one alone may be another word (نيلون beside ايلون).
            var persons = "يتنا".Where(p => p != word[0]).Select(p => DocFreq(reader, p + word[1..])).Where(d => d > 0).ToList();
            if (persons.Count >= 2 && persons.Sum() > limit)
            {
                return false;
            }
        }

        return true;
    }

    // The word is itself a suffixed form of a word the index holds more than twice as often: عودته of عودة, هجوما of
    // هجوم; or of a stopword, which the index does not hold at all: لكنه of لكن. (Names end in ين and ون too:
    // كوربين beside كورب, ايلون beside ايل, each rarer than twice the name.)
    private static bool IsSuffixedForm(IndexReader reader, string word)
    {
        var docs = DocFreq(reader, word);
        foreach (var suffix in Suffixes.Concat(["ا", "ت", "يت", "تم", "تا"]))
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                var stems = stem.EndsWith('ت') ? new[] { stem, stem[..^1] + "ه" } : [stem];
                if (stems.Any(s => DocFreq(reader, s) > 2 * docs || ArabicSearchAnalyzer.StopWords.Contains(s)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int DocFreq(IndexReader reader, string word) => reader.DocFreq(new Term(IndexFields.TextExact, word));
}
