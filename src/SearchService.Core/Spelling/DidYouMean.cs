using Lucene.Net.Index;
using SearchService.Core.Querying;

namespace SearchService.Core.Spelling;

/// <summary>
/// "Did you mean": when a query word is unknown to the index or rare in it, and a close spelling is far more
/// common, the query with that spelling instead. Built from the index's own words and counts only. Words the index
/// knows (in more than <see cref="RareDocuments"/> documents) are never changed, so for most queries the whole cost
/// is one term lookup per word; phrases, excluded words, <c>word*</c>, <c>word~</c>, Latin words and foreign names
/// are left as typed. Independent of the search itself, which already looks for unknown words fuzzily
/// (<see cref="MisspelledWords"/>): this is what the reader is shown.
/// </summary>
internal static class DidYouMean
{
    /// <summary>A word in more documents than this is taken as meant, and never corrected.</summary>
    public const int RareDocuments = 3;

    public static SpellingSuggestion? Suggest(string query, ParsedQuery parsed, IndexReader reader) =>
        Suggest(query, parsed, reader, out _);

    /// <param name="lookedFurther">Whether a word was rare enough to look for corrections (the costly part).</param>
    public static SpellingSuggestion? Suggest(string query, ParsedQuery parsed, IndexReader reader, out bool lookedFurther)
    {
        lookedFurther = false;
        var typed = QueryWords.Read(query);
        if (!typed.Exists(w => w.Changeable))
        {
            return null;
        }

        var names = NamesIn(parsed);
        var words = new IndexWords(reader);
        var corrector = new WordCorrector(words);
        var changes = new List<(int Start, int End, string Text)>();
        for (var i = 0; i < typed.Count; i++)
        {
            var word = typed[i];
            if (!word.Changeable || names.Contains(word.Folded))
            {
                continue;
            }

            if (word.JoinsNext && Joined(word, typed[i + 1], words) is { } joined)
            {
                lookedFurther = true;
                changes.Add((word.Start, typed[i + 1].End, joined));
                i++;
                continue;
            }

            if (word.Folded.Length < MisspelledWords.MinLength || WordCorrector.IsStopWord(word.Folded))
            {
                continue;
            }

            var documents = words.Documents(word.Folded);
            if (documents > RareDocuments)
            {
                continue;
            }

            lookedFurther = true;
            if (corrector.Correct(word.Folded, documents) is { } correction)
            {
                changes.Add((word.Start, word.End, WrittenForm.Apply(word.Text, correction.Folded)));
            }
        }

        return changes.Count == 0 ? null : Compose(query, changes);
    }

    /// <summary>Two typed words that are one index word with a space typed inside it (الحكو مة, الدول ية, ال حكومة):
    /// joined when the whole is common and a part is a fragment: rare in the index, or one or two letters that are
    /// not a word (a suffix or attached letters cut off), and the whole far more common than that part.</summary>
    private static string? Joined(QueryWord first, QueryWord second, IndexWords words)
    {
        if (first.Folded.Length + second.Folded.Length < MisspelledWords.MinLength)
        {
            return null;
        }

        var fragment = Math.Min(Fragment(first.Folded, words), Fragment(second.Folded, words));
        if (fragment == int.MaxValue)
        {
            return null;
        }

        var whole = words.Documents(first.Folded + second.Folded);
        return whole >= WordCorrector.MinDocuments && whole >= (long)WordCorrector.MinRatio * fragment
            ? first.Text + second.Text
            : null;
    }

    /// <summary>How common a part is when it looks like a piece of a word (int.MaxValue when it looks like a word):
    /// a rare one counts its documents, one or two letters count as none; a stopword is a word (ما هي, في حق).</summary>
    private static int Fragment(string folded, IndexWords words)
    {
        if (WordCorrector.IsStopWord(folded))
        {
            return int.MaxValue;
        }

        var documents = folded.Length <= 2 ? 0 : words.Documents(folded);
        return documents <= RareDocuments ? documents : int.MaxValue;
    }

    private static HashSet<string> NamesIn(ParsedQuery parsed) =>
    [
        .. parsed.Groups.SelectMany(g => g.Alternatives).OfType<WordItem>()
            .Where(w => w.Name is not null)
            .Select(w => WrittenForm.Fold(w.Text)?.Folded ?? w.Text),
    ];

    private static SpellingSuggestion Compose(string query, List<(int Start, int End, string Text)> changes)
    {
        var parts = new List<SuggestionPart>();
        var at = 0;
        foreach (var (start, end, text) in changes)
        {
            if (start > at)
            {
                parts.Add(new SuggestionPart(query[at..start], false));
            }

            parts.Add(new SuggestionPart(text, true));
            at = end;
        }

        if (at < query.Length)
        {
            parts.Add(new SuggestionPart(query[at..], false));
        }

        return new SpellingSuggestion(string.Concat(parts.Select(p => p.Text)), parts);
    }
}
