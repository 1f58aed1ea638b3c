using System.Text;
using SearchService.Core.Analysis;

namespace SearchService.Core.Documents;

/// <summary>Title heuristics shared by the format parsers.</summary>
internal static class TitleText
{
    private const int MaxTitleChars = 120;
    private const int MaxTitleWords = 15;
    private const int FallbackWords = 12;

    // A first clause of this many words or fewer (and at least MinClauseWords) is the title.
    private const int MaxClauseWords = 14;
    private const int MinClauseWords = 4;

    // At most this many words at the end of a cut title are dropped for needing the next one.
    private const int MaxDroppedWords = 3;

    private static readonly char[] ClauseEnds = ['.', '،', '؛', ':', ',', ';', '؟', '?', '!'];

    // A line ending like a sentence is the start of the body, not a heading.
    private static readonly char[] SentenceEnds = ['.', '،', '؛', ':', ',', ';', '…'];

    // Headlines are often questions or exclamations; accepted only when a blank line follows.
    private static readonly char[] QuestionEnds = ['?', '؟', '!'];

    private static readonly char[] TrailingPunctuation = ['.', '،', '؛', ':', ',', ';', '-', '–', '—', '…', '(', '«', '"'];

    /// <summary>True when a (non-empty) first line reads like a title rather than a paragraph.</summary>
    public static bool LooksLikeTitle(string line, bool followedByBlankLine)
    {
        var trimmed = line.Trim();
        // A line of digits or decoration ("1", "***") is not a title either.
        if (trimmed.Length > MaxTitleChars || !trimmed.Any(char.IsLetter) || CountWords(trimmed) > MaxTitleWords)
        {
            return false;
        }

        var last = trimmed[^1];
        if (SentenceEnds.Contains(last))
        {
            return false;
        }

        return !QuestionEnds.Contains(last) || followedByBlankLine;
    }

    /// <summary>
    /// A readable title made of the text's first words: its first clause when that is short (a sentence's full stop
    /// dropped; a clause cut at a comma or colon gets '…'), else its first words, never ending on a word that needs
    /// the next one (a preposition or conjunction: "…تسليط الضوء على…" reads as cut off).
    /// </summary>
    public static string FromFirstWords(string text)
    {
        var words = text.Split((char[]?)null, MaxClauseWords + 1, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(words.Length, MaxClauseWords); i++)
        {
            var last = words[i][^1];
            if (!ClauseEnds.Contains(last))
            {
                continue;
            }

            if (i + 1 < MinClauseWords)
            {
                break;
            }

            var clause = string.Join(' ', words.Take(i + 1));
            return last is '.' ? clause[..^1] : QuestionEnds.Contains(last) ? clause : clause.TrimEnd(TrailingPunctuation).TrimEnd() + "…";
        }

        if (words.Length <= FallbackWords)
        {
            return string.Join(' ', words);
        }

        var head = words.Take(FallbackWords).ToList();
        while (head.Count > FallbackWords - MaxDroppedWords && NeedsTheNextWord(head[^1]))
        {
            head.RemoveAt(head.Count - 1);
        }

        return string.Join(' ', head).TrimEnd(TrailingPunctuation).TrimEnd() + "…";
    }

    private static bool NeedsTheNextWord(string word) =>
        ArabicSearchAnalyzer.StopWords.Contains(ArabicSearchAnalyzer.Fold(word.TrimEnd(TrailingPunctuation)).ToLowerInvariant());

    /// <summary>Collapses whitespace runs (including line breaks) to single spaces.</summary>
    public static string Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
