using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>
/// Light, line-based markdown cleanup so the indexed text reads like prose: markup characters go,
/// the words (link text, heading text, code) stay.
/// </summary>
internal static partial class MarkdownText
{
    // Every variable-length part of the patterns below is bounded and cannot run over its own closing
    // marker: unbounded lazy quantifiers made one pathological 1 MB line take minutes (quadratic backtracking).
    // The price: emphasis nested inside emphasis of the same marker keeps its outer markers.

    /// <summary>Returns the cleaned text and the first ATX heading (level 1 preferred), if any.</summary>
    public static (string Text, string? Heading, int HeadingLine) Clean(string markdown)
    {
        var output = new List<string>();
        string? heading = null;
        var headingLevel = int.MaxValue;
        var headingLine = -1;
        var inFence = false;

        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (Fence().IsMatch(line))
            {
                // The fence markers go; the code inside is kept verbatim as text.
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                output.Add(line);
                continue;
            }

            if (Rule().IsMatch(line) || ReferenceDefinition().IsMatch(line))
            {
                continue;
            }

            var atx = Heading().Match(line);
            var content = atx.Success ? HeadingText(line[atx.Length..]) : line;
            var cleaned = CleanInline(Bullet().Replace(Blockquote().Replace(content, string.Empty), string.Empty));

            // A line that held only markup (an image, an empty heading) leaves no empty line behind.
            if (string.IsNullOrWhiteSpace(cleaned) && !string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (atx.Success && atx.Groups["hashes"].Length < headingLevel)
            {
                heading = TitleText.Collapse(cleaned);
                headingLevel = atx.Groups["hashes"].Length;
                headingLine = output.Count;
            }

            output.Add(cleaned);
        }

        return (string.Join('\n', output), heading, headingLine);
    }

    /// <summary>Heading text without the optional closing hashes ("## Title ##").</summary>
    private static string HeadingText(string rest)
    {
        var text = rest.TrimEnd();
        var withoutHashes = text.TrimEnd('#');
        if (withoutHashes.Length < text.Length && (withoutHashes.Length == 0 || char.IsWhiteSpace(withoutHashes[^1])))
        {
            text = withoutHashes;
        }

        return text.Trim();
    }

    private static string CleanInline(string line)
    {
        line = Image().Replace(line, string.Empty);
        line = Link().Replace(line, "${text}");
        line = ReferenceLink().Replace(line, "${text}");
        line = AutoLink().Replace(line, "${url}");
        line = InlineCode().Replace(line, "${code}");
        line = Strong().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        line = Strike().Replace(line, "${text}");
        return line;
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    // Thematic breaks and setext underlines (---, ***, ___, ===).
    [GeneratedRegex(@"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^ {0,3}\[[^\]]{1,300}\]:")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}(>\s?)+")]
    private static partial Regex Blockquote();

    [GeneratedRegex(@"^(\s*)[-*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"!\[[^\[\]]{0,300}\]\([^()]{0,2000}\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\[\]]{1,300})\]\([^()]{0,2000}\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\[\]]{1,300})\]\[[^\[\]]{0,300}\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]{1,2000})>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`(?<code>[^`]{1,1000})`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\*\*(?=[^\s*])(?<text>[^*]{1,300}?)(?<=\S)\*\*|__(?=[^\s_])(?<text>[^_]{1,300}?)(?<=\S)__")]
    private static partial Regex Strong();

    // '_' only at word edges so snake_case survives.
    [GeneratedRegex(@"(?<!\w)_(?=[^\s_])(?<text>[^_]{1,300}?)(?<=\S)_(?!\w)|\*(?=[^\s*])(?<text>[^*]{1,300}?)(?<=\S)\*")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?=[^\s~])(?<text>[^~]{1,300}?)(?<=\S)~~")]
    private static partial Regex Strike();
}
