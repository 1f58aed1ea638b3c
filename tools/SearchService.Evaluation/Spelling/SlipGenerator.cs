namespace SearchService.Evaluation.Spelling;

/// <summary>The slips an Arabic typist makes, one kind per measured row.</summary>
public enum SlipKind
{
    Deletion,
    Insertion,
    Transposition,
    NeighbouringKey,
    RandomLetter,
    DadZah,
    ThalZain,
    SeenSad,
    TehTah,
    TehMarbutaHeh,
    AlefMaksuraYeh,
    HamzaSeat,
    SpaceDropped,
    SpaceInserted,
}

/// <summary>A slipped query: what was meant and what was typed.</summary>
internal sealed record Slip(SlipKind Kind, string Original, string Typed);

/// <summary>
/// Makes one slip of a given kind in a word, deterministically from a seed. A kind that does not apply to the word
/// (no ض or ظ for <see cref="SlipKind.DadZah"/>, no last ة or ه for <see cref="SlipKind.TehMarbutaHeh"/>, no next
/// word for <see cref="SlipKind.SpaceDropped"/>) gives null.
/// </summary>
internal static class SlipGenerator
{
    /// <summary>The letters an insertion or a random substitution draws from.</summary>
    public const string Alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤةى";

    // The Arabic (101) keyboard's letter rows; '_' is the لا key, which types two letters.
    private static readonly string[] KeyRows = ["ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤر_ىةوزظ"];

    private static readonly Dictionary<SlipKind, string> Pairs = new()
    {
        [SlipKind.DadZah] = "ضظ",
        [SlipKind.ThalZain] = "ذز",
        [SlipKind.SeenSad] = "سص",
        [SlipKind.TehTah] = "تط",
        [SlipKind.TehMarbutaHeh] = "ةه",
        [SlipKind.AlefMaksuraYeh] = "ىي",
        [SlipKind.HamzaSeat] = "ءئؤ",
    };

    /// <param name="neighbour">The query word after <paramref name="word"/> (or before it, when it is the last), for
    /// <see cref="SlipKind.SpaceDropped"/>.</param>
    public static Slip? Make(string word, string? neighbour, bool neighbourFollows, SlipKind kind, int seed)
    {
        var random = new Random(seed);
        var typed = kind switch
        {
            SlipKind.Deletion => Delete(word, random),
            SlipKind.Insertion => word.Insert(random.Next(word.Length + 1), Alphabet[random.Next(Alphabet.Length)].ToString()),
            SlipKind.Transposition => Transpose(word, random),
            SlipKind.NeighbouringKey => Replace(word, random, c => Neighbours(c)),
            SlipKind.RandomLetter => Replace(word, random, c => [.. Alphabet.Where(a => a != c)]),
            SlipKind.TehMarbutaHeh or SlipKind.AlefMaksuraYeh => AtEnd(word, Pairs[kind]),
            SlipKind.SpaceInserted => word.Insert(1 + random.Next(word.Length - 1), " "),
            SlipKind.SpaceDropped => null,
            _ => Replace(word, random, c => Pairs[kind].Contains(c, StringComparison.Ordinal) ? [.. Pairs[kind].Where(p => p != c)] : []),
        };

        if (kind == SlipKind.SpaceDropped)
        {
            return neighbour is null ? null
                : neighbourFollows ? new Slip(kind, word + " " + neighbour, word + neighbour)
                : new Slip(kind, neighbour + " " + word, neighbour + word);
        }

        return typed is null || typed == word ? null : new Slip(kind, word, typed);
    }

    /// <summary>The letters on the keys beside the key of <paramref name="letter"/> (none for a letter not on a key).</summary>
    public static char[] Neighbours(char letter)
    {
        for (var row = 0; row < KeyRows.Length; row++)
        {
            var column = KeyRows[row].IndexOf(letter, StringComparison.Ordinal);
            if (column < 0)
            {
                continue;
            }

            // Each row sits a little to the right of the one above: a key touches the one above it and the one above
            // and to the right, the one below and the one below and to the left.
            (int Row, int Column)[] around = [(row, column - 1), (row, column + 1), (row - 1, column), (row - 1, column + 1), (row + 1, column - 1), (row + 1, column)];
            return [.. around
                .Where(p => p.Row >= 0 && p.Row < KeyRows.Length && p.Column >= 0 && p.Column < KeyRows[p.Row].Length)
                .Select(p => KeyRows[p.Row][p.Column])
                .Where(c => c != '_')];
        }

        return [];
    }

    private static string Delete(string word, Random random) => word.Remove(random.Next(word.Length), 1);

    private static string? Transpose(string word, Random random)
    {
        var places = Enumerable.Range(0, word.Length - 1).Where(i => word[i] != word[i + 1]).ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var at = places[random.Next(places.Count)];
        return string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2));
    }

    // A letter that has replacements, chosen at random, replaced by one of them at random.
    private static string? Replace(string word, Random random, Func<char, char[]> replacements)
    {
        var places = Enumerable.Range(0, word.Length).Where(i => replacements(word[i]).Length > 0).ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var at = places[random.Next(places.Count)];
        var options = replacements(word[at]);
        return string.Concat(word.AsSpan(0, at), options[random.Next(options.Length)].ToString(), word.AsSpan(at + 1));
    }

    private static string? AtEnd(string word, string pair)
    {
        var last = pair.IndexOf(word[^1], StringComparison.Ordinal);
        return last < 0 ? null : word[..^1] + pair[1 - last];
    }
}
