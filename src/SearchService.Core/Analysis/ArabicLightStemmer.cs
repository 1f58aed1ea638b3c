namespace SearchService.Core.Analysis;

/// <summary>
/// A light stemmer in the spirit of Larkey's light10 (the one behind Lucene's ArabicStemmer), on folded text,
/// with one rule Lucene's lacks: a stem keeps at least three letters. That is what lets names survive:
/// Lucene turns "التمان" (Altman) into "تم" ("was done"); here it becomes "تمان".
/// </summary>
internal static class ArabicLightStemmer
{
    private const int MinStem = 3;

    // Longest first; only one is removed. Input is already folded (ة→ه, ى→ي, أ→ا).
    private static readonly string[] Prefixes = ["وال", "بال", "كال", "فال", "ولل", "لل", "ال"];

    // A lone conjunction or preposition is only stripped from a long word: "بكتاب" → "كتاب", but "كتاب" stays.
    private static readonly string[] ShortPrefixes = ["و", "ب", "ك", "ف", "ل"];
    private const int MinStemAfterShortPrefix = 4;

    // Attached pronouns (her, their, his), longest first; at most one is removed, before the other suffixes.
    private static readonly string[] Pronouns = ["هما", "ها", "هم", "هن", "ه"];

    // Applied in this order, each at most once (as in light10).
    private static readonly string[] Suffixes = ["ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>Stems <paramref name="buffer"/>[0..length) in place and returns the new length.</summary>
    public static int Stem(char[] buffer, int length)
    {
        length = RemovePrefix(buffer, length, Prefixes, MinStem);
        var before = length;
        length = RemoveSuffix(buffer, length, Pronouns);

        // A pronoun turns the feminine ة into ت (عاصمة → عاصمتها): give it back, so both reach the same stem.
        if (length < before && length > MinStem && buffer[length - 1] == 'ت')
        {
            buffer[length - 1] = 'ه';
        }

        foreach (var suffix in Suffixes)
        {
            if (length - suffix.Length >= MinStem && EndsWith(buffer, length, suffix))
            {
                length -= suffix.Length;
            }
        }

        // Last, and only from what is still long: "بكتاب" → "كتاب", while "كتابها" → "كتاب" keeps its kaf.
        return RemovePrefix(buffer, length, ShortPrefixes, MinStemAfterShortPrefix);
    }

    /// <summary>Removes only an attached article or conjunction, for prefix queries whose ending is unknown.</summary>
    public static string StripPrefix(string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, RemovePrefix(buffer, buffer.Length, Prefixes, MinStem));
    }

    private static int RemoveSuffix(char[] buffer, int length, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (length - suffix.Length >= MinStem && EndsWith(buffer, length, suffix))
            {
                return length - suffix.Length;
            }
        }

        return length;
    }

    private static int RemovePrefix(char[] buffer, int length, string[] prefixes, int minStem)
    {
        foreach (var prefix in prefixes)
        {
            if (length - prefix.Length >= minStem && StartsWith(buffer, length, prefix))
            {
                Array.Copy(buffer, prefix.Length, buffer, 0, length - prefix.Length);
                return length - prefix.Length;
            }
        }

        return length;
    }

    private static bool StartsWith(char[] buffer, int length, string prefix) =>
        length >= prefix.Length && buffer.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    private static bool EndsWith(char[] buffer, int length, string suffix) =>
        length >= suffix.Length && buffer.AsSpan(length - suffix.Length, suffix.Length).SequenceEqual(suffix);
}
