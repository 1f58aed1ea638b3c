using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>
/// Light, line-based markdown cleanup so the indexed text reads like prose: markup characters go,
/// the words (link text, heading text, code) stay.
/// </summary>
internal static partial class MarkdownText
{
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
            var cleaned = CleanInline(Bullet().Replace(Blockquote().Replace(
                atx.Success ? atx.Groups["text"].Value : line, string.Empty), string.Empty));

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

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})(\s+(?<text>.*?))?(\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}(>\s?)+")]
    private static partial Regex Blockquote();

    [GeneratedRegex(@"^(\s*)[-*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    // '_' only at word edges so snake_case survives.
    [GeneratedRegex(@"(?<!\w)_(?=\S)(?<text>.+?)(?<=\S)_(?!\w)|\*(?=\S)(?<text>.+?)(?<=\S)\*")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?=\S)(?<text>.+?)(?<=\S)~~")]
    private static partial Regex Strike();
}
