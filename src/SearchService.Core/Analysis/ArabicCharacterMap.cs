using System.Globalization;
using System.Text;

namespace SearchService.Core.Analysis;

/// <summary>
/// The character-level folding table, applied before tokenising so that index and query see the same letters.
/// A char filter (rather than a token filter) keeps offsets into the original text exact, which the
/// snippets rely on, and lets ligatures that expand to several words tokenise as words.
/// </summary>
internal static class ArabicCharacterMap
{
    /// <summary>Characters that carry no meaning for matching: they are removed.</summary>
    internal static IEnumerable<char> IgnoredCharacters()
    {
        foreach (var range in new (int From, int To)[]
        {
            (0x0610, 0x061A), // Qur'anic honorifics and small letters above
            (0x064B, 0x065F), // harakat: tanween, fatha, damma, kasra, shadda, sukun, and extended marks
            (0x0670, 0x0670), // superscript alef
            (0x06D6, 0x06ED), // Qur'anic annotation marks
            (0x0640, 0x0640), // tatweel
            (0x061C, 0x061C), // Arabic letter mark (bidi)
            (0x200B, 0x200F), // zero-width space, non-joiner, joiner, LRM, RLM
            (0x202A, 0x202E), // bidi embeddings and overrides
            (0x2060, 0x2064), // word joiner and invisible operators
            (0x2066, 0x2069), // bidi isolates
            (0xFEFF, 0xFEFF), // zero-width no-break space (BOM)
        })
        {
            for (var c = range.From; c <= range.To; c++)
            {
                yield return (char)c;
            }
        }
    }

    /// <summary>Letter variants that readers treat as the same letter, folded to one form.</summary>
    internal static readonly IReadOnlyDictionary<char, string> LetterFolds = new Dictionary<char, string>
    {
        ['أ'] = "ا", ['إ'] = "ا", ['آ'] = "ا", ['ٱ'] = "ا", // hamza, madda and wasla on alef
        ['ة'] = "ه", // teh marbuta is written as heh
        ['ى'] = "ي", // alef maksura is written as yeh
        ['ی'] = "ي", ['ې'] = "ي", // Persian and Pashto yeh
        ['ک'] = "ك", // keheh
        ['ۀ'] = "ه", ['ہ'] = "ه", ['ھ'] = "ه", // Persian and Urdu heh forms
    };

    private static readonly HashSet<char> Ignored = [.. IgnoredCharacters()];

    // Declared after the tables it reads: static initialisers run in textual order.
    /// <summary>Every folded character and what it becomes (empty: removed). Built once, never changed.</summary>
    public static IReadOnlyDictionary<char, string> Folds { get; } = BuildFolds();

    /// <summary><see cref="Folds"/> indexed by character (null: kept as it is), for the char filter's lookup.</summary>
    public static string?[] Replacements { get; } = BuildReplacements();

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string>();
        foreach (var c in IgnoredCharacters())
        {
            folds[c] = string.Empty;
        }

        foreach (var (from, to) in LetterFolds)
        {
            folds[from] = to;
        }

        // Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits match ASCII digits.
        for (var d = 0; d <= 9; d++)
        {
            var ascii = d.ToString(CultureInfo.InvariantCulture);
            folds[(char)(0x0660 + d)] = ascii;
            folds[(char)(0x06F0 + d)] = ascii;
        }

        // Presentation forms (contextual glyphs and ligatures) match their base letters.
        AddPresentationForms(folds, 0xFB50, 0xFDFF);
        AddPresentationForms(folds, 0xFE70, 0xFEFE);
        return folds;
    }

    private static string?[] BuildReplacements()
    {
        var table = new string?[char.MaxValue + 1];
        foreach (var (from, to) in Folds)
        {
            table[from] = to;
        }

        return table;
    }

    private static void AddPresentationForms(Dictionary<char, string> folds, int from, int to)
    {
        for (var code = from; code <= to; code++)
        {
            var c = (char)code;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var source = c.ToString();
            var folded = source.Normalize(NormalizationForm.FormKC);
            var cleaned = new StringBuilder(folded.Length);
            foreach (var f in folded)
            {
                if (LetterFolds.TryGetValue(f, out var letter))
                {
                    cleaned.Append(letter);
                }
                else if (!Ignored.Contains(f))
                {
                    cleaned.Append(f);
                }
            }

            if (cleaned.ToString() != source)
            {
                folds[c] = cleaned.ToString();
            }
        }
    }
}
