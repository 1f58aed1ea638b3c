using SearchService.Core.Analysis;

namespace SearchService.Core.Spelling;

/// <summary>A word of the query as typed: where it stands in the query text (without the syntax and punctuation
/// around it), its folded form, and whether a suggestion may change it and join it with the next word.</summary>
internal sealed record QueryWord(int Start, string Text, string Folded, bool Changeable, bool JoinsNext)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// Reads the words of a query that a suggestion may change, straight from the text so the suggestion can keep
/// everything else as typed. Only Arabic words are changeable: not words inside quotes (a phrase is meant as
/// written), not excluded ones (<c>-word</c>, <c>NOT word</c>), not <c>word*</c> or <c>word~</c> (the reader chose
/// how to match), not Latin names, digits or operators.
/// </summary>
internal static class QueryWords
{
    private static readonly string[] Scopes = ["title:", "text:", "العنوان:"];

    public static List<QueryWord> Read(string query)
    {
        var words = new List<QueryWord>();
        var inQuote = false;
        var excludeNext = false;
        var i = 0;
        while (i < query.Length)
        {
            while (i < query.Length && char.IsWhiteSpace(query[i]))
            {
                i++;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var token = query[start..i];
            var quotes = token.Count(IsQuote);
            var quoted = inQuote || quotes > 0;
            inQuote ^= quotes % 2 == 1;
            var excluded = excludeNext || token[0] is '-' or '!';
            excludeNext = token == "NOT";
            if (quoted || excluded || token.Contains('*', StringComparison.Ordinal) || token.Contains('~', StringComparison.Ordinal))
            {
                words.Add(new QueryWord(start, token, string.Empty, false, false));
                continue;
            }

            // The word itself: without a leading + or field name, without punctuation either side.
            var from = token[0] == '+' ? 1 : 0;
            foreach (var scope in Scopes)
            {
                if (token.AsSpan(from).StartsWith(scope, StringComparison.OrdinalIgnoreCase))
                {
                    from += scope.Length;
                    break;
                }
            }

            while (from < token.Length && !char.IsLetter(token[from]))
            {
                from++;
            }

            var to = token.Length;
            while (to > from && !char.IsLetter(token[to - 1]) && !IsMark(token[to - 1]))
            {
                to--;
            }

            var text = token[from..to];
            var folded = text.Length == 0 ? null : WrittenForm.Fold(text)?.Folded;
            var arabic = folded is { Length: > 0 } && folded.All(IsArabicLetter);
            words.Add(new QueryWord(start + from, text, arabic ? folded! : string.Empty, arabic, arabic && to == token.Length));
        }

        // A word joins the next only when nothing but spaces stands between them.
        for (var w = 0; w < words.Count; w++)
        {
            var next = w + 1 < words.Count ? words[w + 1] : null;
            words[w] = words[w] with { JoinsNext = words[w].JoinsNext && next is { Changeable: true } && IsBare(query, next) };
        }

        return words;
    }

    /// <summary>The Arabic letters proper (hamza to yeh), after folding.</summary>
    public static bool IsArabicLetter(char c) => c is >= 'ء' and <= 'ي';

    // A word typed with nothing before it in its token (no +, field name or punctuation).
    private static bool IsBare(string query, QueryWord word) => word.Start == 0 || char.IsWhiteSpace(query[word.Start - 1]);

    private static bool IsMark(char c) => ArabicCharacterMap.Replacements[c] is { Length: 0 };

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '＂';
}
