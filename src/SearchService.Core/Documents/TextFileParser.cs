namespace SearchService.Core.Documents;

/// <summary>
/// Plain text: a short first line without sentence punctuation is the title and the rest is the body;
/// otherwise the whole text is the body and the title is made from its first words.
/// </summary>
internal static class TextFileParser
{
    public static ParsedDocument Parse(string text)
    {
        var (line, rest) = SplitFirstLine(text);
        var body = rest.Trim();
        if (line is not null && body.Length > 0 && TitleText.LooksLikeTitle(line, StartsWithBlankLine(rest)))
        {
            return new ParsedDocument(TitleText.Collapse(line), body);
        }

        var whole = text.Trim();
        return new ParsedDocument(TitleText.FromFirstWords(whole), whole);
    }

    /// <summary>The first non-blank line and everything after its line break (original characters kept).</summary>
    private static (string? Line, string Remainder) SplitFirstLine(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text[start..lineEnd];
            if (!string.IsNullOrWhiteSpace(line))
            {
                return (line.TrimEnd('\r'), end < 0 ? string.Empty : text[(end + 1)..]);
            }

            start = lineEnd + 1;
        }

        return (null, string.Empty);
    }

    private static bool StartsWithBlankLine(string rest)
    {
        var end = rest.IndexOf('\n');
        return end >= 0 && string.IsNullOrWhiteSpace(rest[..end]);
    }
}
