using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Core.Analysis;

/// <summary>
/// A phonetic key for foreign names, the same whether the name is written in Arabic or in Latin letters: ترامب,
/// ترمب and Trump all give TRMB; غوغل, جوجل, قوقل and Google give GGL. Arabic writes a foreign sound with several
/// letters (g as ج غ ق ك, t as ت ط ث, s as س ص) and writes its vowels or not, so the key keeps one class per
/// consonant sound and drops the vowels inside the word (a first vowel stays, as A: ألتمان and Altman are ALTMN).
/// English spellings are irregular (Washington is واشنطن, not …نغطن), so a Latin key is a guess to be checked
/// against the words the index holds, never a spelling of its own.
/// </summary>
internal static class NameKey
{
    private static readonly Dictionary<char, string> Arabic = BuildArabic();

    /// <summary>The letters Arabic writes attached before a name (وترامب، بترامب، الترامب): a name is looked up with
    /// and without them.</summary>
    public static readonly IReadOnlyList<string> AttachedPrefixes =
        ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول", "فب", "فل", "وك", "ولل"];

    /// <summary>The key of a folded Arabic word (<see cref="ArabicSearchAnalyzer.Fold"/>), or null when it holds
    /// anything but Arabic letters.</summary>
    public static string? OfArabic(string folded) => ArabicShape(folded)?.Key;

    /// <summary>The key of a Latin word (any case), or null when it holds anything but the letters a–z.</summary>
    public static string? OfLatin(string word) => LatinShape(word)?.Key;

    /// <summary>
    /// Whether an Arabic spelling with the same key as a Latin name also writes its vowels where the name has them:
    /// a long vowel letter stands for a vowel the Latin spelling has at that place (و for o, u or w, ي for a, e, i
    /// or y, ا for any), in the name's order, while a short vowel may go unwritten. So Musk fits ماسك and not موسكو,
    /// Tesla تسلا and not تواصل, Boeing بوينغ and not بيونغ. A spelling with no vowel letter at all needs four
    /// consonants (ترمب): shorter ones are mostly native words (ككل for Google); a name of two sounds fits only a
    /// spelling that writes each of its vowels, ا only for a (Messi: ميسي; Nike is not ناجي). The name is tried in
    /// each of its readings (<see cref="OfLatinAll"/>).
    /// </summary>
    public static bool Fits(string latin, string arabicFolded) => Closeness(latin, arabicFolded) >= 0;

    /// <summary>How many of a Latin name's vowels an Arabic spelling that fits it writes (كاميرون writes three of
    /// Cameron's, كمران one); -1 when it does not fit. The spelling that writes most is the transliteration.</summary>
    public static int Closeness(string latin, string arabicFolded)
    {
        if (ArabicShape(arabicFolded) is not { } spelling)
        {
            return -1;
        }

        var best = -1;
        foreach (var reading in LatinReadings(latin))
        {
            if (LatinShape(reading) is { } name && Fits(name, spelling))
            {
                best = Math.Max(best, Enumerable.Range(0, spelling.Gaps.Length).Count(i => spelling.Gaps[i].Length > 0 && name.Gaps[i].Length > 0));
            }
        }

        return best;
    }

    /// <summary>
    /// The keys of a Latin word under each way English spelling may stand for the sounds Arabic writes (see
    /// <see cref="LatinReadings"/>): Chelsea is also TXLS (تشيلسي), Juventus YFNTS (يوفنتوس), Washington WXNTN (واشنطن).
    /// </summary>
    public static IReadOnlyList<string> OfLatinAll(string word) =>
        [.. LatinReadings(word).Select(r => LatinShape(r)?.Key).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The word as written and as it may sound where English spelling hides it: sch as ش (Porsche), ch as تش
    /// (Chelsea) or خ (Munich), w as ف (Wenger), j as ي (Juventus), a last s as ز (Sanders), an h after a vowel
    /// unsounded (Johnson, WhatsApp), ng before a consonant as ن (Washington), nh as ني (Mourinho), c before e or i
    /// as ش (Barcelona). Each rule applies to the whole word or not at all.
    /// </summary>
    private static List<string> LatinReadings(string word)
    {
        if (word.Length == 0 || !word.All(char.IsAsciiLetter))
        {
            return [];
        }

        var readings = new List<string> { word.ToLowerInvariant() };
        foreach (var rewrite in LatinRewrites)
        {
            foreach (var reading in readings.ToList())
            {
                var rewritten = rewrite(reading);
                if (rewritten != reading && !readings.Contains(rewritten))
                {
                    readings.Add(rewritten);
                }
            }
        }

        return readings;
    }

    private static readonly Regex SilentH = new("(?<=[aeiou])h(?![aeiou])|(?<=^w)h", RegexOptions.Compiled);
    private static readonly Regex NgBeforeConsonant = new("ng(?=[^aeiouy])", RegexOptions.Compiled);
    private static readonly Regex SoftC = new("c(?=[ei])", RegexOptions.Compiled);

    private static readonly Func<string, string>[] LatinRewrites =
    [
        w => w.Replace("sch", "sh", StringComparison.Ordinal),
        w => w.Replace("ch", "tsh", StringComparison.Ordinal),
        w => w.Replace("ch", "kh", StringComparison.Ordinal),
        w => w.Replace('w', 'v'),
        w => w.Replace('j', 'y'),
        w => w.LastIndexOf('s') is var i and > 0 && (i + 1 >= w.Length || w[i + 1] != 'h') ? string.Concat(w.AsSpan(0, i), "z", w.AsSpan(i + 1)) : w,
        w => SilentH.Replace(w, ""),
        w => NgBeforeConsonant.Replace(w, "n"),
        w => w.Replace("nh", "ny", StringComparison.Ordinal),
        w => SoftC.Replace(w, "sh"),
    ];

    private static bool Fits(Shape? name, Shape spelling)
    {
        if (name is null || name.Key != spelling.Key)
        {
            return false;
        }

        if (spelling.Gaps.All(g => g.Length == 0) && spelling.Key.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < spelling.Gaps.Length; i++)
        {
            var written = spelling.Gaps[i];
            var sounded = name.Gaps[i];
            if (spelling.Key.Length < 3 && (written.Length == 0) != (sounded.Length == 0))
            {
                return false; // two sounds are a name only with every vowel written: ميسي for Messi, not مس
            }

            if (written.Length == 0)
            {
                continue;
            }

            if (sounded.Length == 0 || written.Length > sounded.Length + 1)
            {
                return false;
            }

            // و stands for o, u or w, ي for a, e, i or y (Facebook: فيسبوك; and u where يو writes "yu": يوتيوب), each
            // in the name's order (Boeing is بوينغ, not بيونغ); ا or a final ه for any vowel; a hamza seat (تؤثر)
            // is an Arabic word's, not a transliteration's.
            var from = 0;
            foreach (var letter in written)
            {
                if (letter is 'ا' or 'ه')
                {
                    // With two sounds only, ا is an a (or the a of اي for i: Nike, نايكي), and a final ه an a or e:
                    // Nike is not ناجي, Modi not مادة.
                    var strictFits = letter == 'ا'
                        ? sounded.Contains('a', StringComparison.Ordinal) || (written.Contains("اي", StringComparison.Ordinal) && sounded.Contains('i', StringComparison.Ordinal))
                        : sounded.AsSpan().IndexOfAny("ae") >= 0;
                    if (spelling.Key.Length < 3 && !strictFits)
                    {
                        return false;
                    }

                    continue;
                }

                if (letter is not ('و' or 'ي'))
                {
                    return false;
                }

                var vowels = letter == 'و' ? "ouw" : written.Contains('و', StringComparison.Ordinal) ? "aeiyu" : "aeiy";
                var at = sounded.AsSpan(from).IndexOfAny(vowels);
                if (at < 0)
                {
                    return false;
                }

                from += at;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether two Arabic spellings with the same key could write one foreign name (ترامب and ترمب, جوجل and غوغل,
    /// فيسبوك and فايسبوك): they differ in at most one place between the consonants, where one writes a long vowel
    /// the other leaves out (ترامب, ترمب; فايسبوك, فيسبوك). A different vowel is a different name (باريس, بوريس);
    /// a hamza seat belongs to an Arabic word's pattern; and a final vowel is sounded (تركيا is not طارق).
    /// Neither key nor this says the words are names: كتب and كاتب pass too, and the caller checks that both behave
    /// like names.
    /// </summary>
    public static bool Alike(string a, string b)
    {
        if (ArabicShape(a) is not { } x || ArabicShape(b) is not { } y || x.Key != y.Key)
        {
            return false;
        }

        if (x.Key.Length < 4 && (x.Gaps.All(g => g.Length == 0) || y.Gaps.All(g => g.Length == 0)))
        {
            return false; // as in Fits: three consonants with no vowel written are mostly native words
        }

        if ((x.Gaps[^1].Length == 0) != (y.Gaps[^1].Length == 0))
        {
            return false;
        }

        // One foreign sound may be written with several letters (جوجل, غوغل); two sounds written differently at
        // once are two native words (جسور and قصور, طلقة and ثلاجة).
        var (lettersA, lettersB) = (Consonants(a), Consonants(b));
        if (Enumerable.Range(0, x.Key.Length).Where(i => lettersA[i] != lettersB[i]).Select(i => x.Key[i]).Distinct().Count() > 1)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < x.Gaps.Length; i++)
        {
            var (p, q) = (x.Gaps[i], y.Gaps[i]);
            if (i == x.Gaps.Length - 1)
            {
                (p, q) = (p.Replace('ه', 'ا'), q.Replace('ه', 'ا')); // a final a written either way: بنزيمة, بنزيما
            }

            if (p == q)
            {
                continue;
            }

            if (++differences > 1 || p.AsSpan().IndexOfAny("ءئؤ") >= 0 || q.AsSpan().IndexOfAny("ءئؤ") >= 0)
            {
                return false;
            }

            if (p.Length > 0 && q.Length > 0 && !p.Contains(q, StringComparison.Ordinal) && !q.Contains(p, StringComparison.Ordinal))
            {
                return false; // باريس is not بوريس, ميركل not ماركل: another vowel, not one written or left out
            }
        }

        return true;
    }

    // The letters an Arabic word writes its key's sounds with, one per sound (as ArabicShape reads them).
    private static string Consonants(string folded)
    {
        var letters = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var sound = i == 0 && c is 'ا' or 'ء' or 'و' or 'ي';
            var vowel = !sound && (c is 'ا' or 'و' or 'ي' or 'ء' or 'ئ' or 'ؤ' || (c == 'ه' && i == folded.Length - 1 && i > 0));
            if (!vowel)
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>The key, and between its sounds the vowel letters written there (Gaps[i] before Key[i], the last
    /// after the end).</summary>
    private sealed record Shape(string Key, string[] Gaps);

    /// <summary>Writes a <see cref="Shape"/> left to right: sounds into the key, vowel letters into the gap
    /// before the next sound.</summary>
    private sealed class ShapeWriter
    {
        private readonly StringBuilder key = new();
        private readonly List<string> gaps = [];
        private readonly StringBuilder gap = new();

        public void Sound(string sounds)
        {
            foreach (var sound in sounds)
            {
                gaps.Add(gap.ToString());
                gap.Clear();
                key.Append(sound);
            }
        }

        public void Vowel(char letter) => gap.Append(letter);

        public Shape ToShape() => new(key.ToString(), [.. gaps, gap.ToString()]);
    }

    private static Shape? ArabicShape(string folded)
    {
        var shape = new ShapeWriter();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (i == 0 && c is 'ا' or 'ء')
            {
                shape.Sound("A");
            }
            else if (i == 0 && c == 'و')
            {
                shape.Sound("W");
            }
            else if (i == 0 && c == 'ي')
            {
                shape.Sound("Y");
            }
            else if (c is 'ا' or 'و' or 'ي' or 'ء' or 'ئ' or 'ؤ' || (c == 'ه' && i == folded.Length - 1 && i > 0))
            {
                shape.Vowel(c); // long vowels and hamza seats inside the word; a final ه is mostly a vowel (خوسيه)
            }
            else if (Arabic.TryGetValue(c, out var sound))
            {
                shape.Sound(sound);
            }
            else
            {
                return null;
            }
        }

        return shape.ToShape();
    }

    private static Shape? LatinShape(string word)
    {
        // Checked before lower-casing: every query word comes through here, and most are Arabic.
        if (word.Length == 0 || !word.All(char.IsAsciiLetter))
        {
            return null;
        }

        var w = word.ToLowerInvariant();

        // Doubled letters are one sound (Twitter, Google, Apple): Arabic writes them once.
        var single = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (single.Length == 0 || single[^1] != c)
            {
                single.Append(c);
            }
        }

        w = single.ToString();
        var shape = new ShapeWriter();

        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            if (i == 0 && c is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                shape.Sound("A");
                shape.Vowel(c); // Elon: ايلون writes its first vowel after the alef
                continue;
            }

            if (LatinDigraphs.TryGetValue((c, next), out var digraph))
            {
                shape.Sound(digraph);
                i++;
                continue;
            }

            switch (c)
            {
                case 'c':
                    shape.Sound(next is 'e' or 'i' or 'y' ? "S" : "G");
                    break;
                case 'x':
                    shape.Sound("GS");
                    break;
                case 'w' or 'y' when i == 0:
                    shape.Sound(c == 'w' ? "W" : "Y");
                    break;
                case 'h' when i == w.Length - 1:
                    shape.Vowel(c);
                    break;
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y':
                    shape.Vowel(c);
                    break;
                default:
                    shape.Sound(Latin(c).ToString());
                    break;
            }
        }

        return shape.ToShape();
    }

    // Two letters English writes for one sound.
    private static readonly Dictionary<(char, char), string> LatinDigraphs = new()
    {
        [('s', 'h')] = "X", [('c', 'h')] = "X", [('t', 'h')] = "T", [('p', 'h')] = "F",
        [('k', 'h')] = "C", [('g', 'h')] = "G", [('c', 'k')] = "G",
    };

    private static char Latin(char c) => c switch
    {
        'b' or 'p' => 'B',
        't' => 'T',
        'g' or 'j' or 'k' or 'q' => 'G',
        's' => 'S',
        'z' => 'Z',
        'd' => 'D',
        'f' or 'v' => 'F',
        'h' => 'H',
        _ => char.ToUpperInvariant(c), // l m n r
    };

    private static Dictionary<char, string> BuildArabic()
    {
        var classes = new (string Letters, string Sound)[]
        {
            ("بپ", "B"), ("تطث", "T"), ("جغقكگ", "G"), ("سص", "S"), ("ش", "X"), ("زذظژ", "Z"), ("دض", "D"),
            ("فڤ", "F"), ("ل", "L"), ("م", "M"), ("ن", "N"), ("ر", "R"), ("هح", "H"), ("خ", "C"), ("ع", "E"),
        };
        var table = new Dictionary<char, string>();
        foreach (var (letters, sound) in classes)
        {
            foreach (var letter in letters)
            {
                table[letter] = sound;
            }
        }

        return table;
    }
}
