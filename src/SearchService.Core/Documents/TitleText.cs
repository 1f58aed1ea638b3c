using System.Text;

namespace SearchService.Core.Documents;

/// <summary>Title heuristics shared by the format parsers.</summary>
internal static class TitleText
{
    private const int MaxTitleChars = 120;
    private const int MaxTitleWords = 15;
    private const int FallbackWords = 10;

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

    /// <summary>A readable title made of the text's first words, with '…' when it was cut.</summary>
    public static string FromFirstWords(string text)
    {
        var words = text.Split((char[]?)null, FallbackWords + 1, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= FallbackWords)
        {
            return string.Join(' ', words);
        }

        var head = string.Join(' ', words.Take(FallbackWords)).TrimEnd(TrailingPunctuation).TrimEnd();
        return head + "…";
    }

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
