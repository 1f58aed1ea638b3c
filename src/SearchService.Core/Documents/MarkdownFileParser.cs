namespace SearchService.Core.Documents;

/// <summary>
/// Markdown: front matter supplies metadata, the first heading is the title when front matter has none,
/// and the body is the markdown with its markup stripped.
/// </summary>
internal static class MarkdownFileParser
{
    public static ParseResult Parse(string text)
    {
        if (!FrontMatter.TrySplit(text, out var matter, out var markdown, out var error))
        {
            return ParseResult.Fail(error!);
        }

        var (cleaned, heading, headingLine) = MarkdownText.Clean(markdown);
        var body = cleaned.Trim();
        var title = matter.Title is { } t ? TitleText.Collapse(t) : null;

        if (title is null && heading is not null)
        {
            title = heading;

            // Like a .txt title line, the heading used as title is not repeated in the body.
            var withoutHeading = RemoveLine(cleaned, headingLine).Trim();
            if (withoutHeading.Length > 0)
            {
                body = withoutHeading;
            }
        }

        return ParseResult.Ok(new ParsedDocument(title ?? TitleText.FromFirstWords(body), body)
        {
            Date = matter.Date,
            Url = matter.Url,
            Source = matter.Source,
            Description = matter.Description,
            Tags = matter.Tags,
        });
    }

    private static string RemoveLine(string text, int index)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(index);
        return string.Join('\n', lines);
    }
}
