using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SearchService.Core.Documents;

/// <summary>
/// HTML: title from &lt;title&gt; or the first &lt;h1&gt;, metadata from &lt;meta&gt;, and body text from a walk
/// over the text nodes that skips non-content elements and separates blocks so words never glue together.
/// </summary>
internal static class HtmlFileParser
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "head", "iframe", "object", "embed", "canvas", "math",
    };

    // Paragraph-like blocks get a blank line around them; the others a single line break.
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer",
        "aside", "nav", "main", "figure", "table", "ul", "ol", "dl", "hr", "address", "details", "form", "fieldset",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "br", "tr", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "option", "legend",
        "thead", "tbody", "tfoot", "hgroup", "dialog", "label",
    };

    /// <summary>
    /// Parses with cancellation: AngleSharp's tree building is superlinear on some malformed nesting
    /// (200 KB of &lt;ul&gt;&lt;li&gt; takes seconds), so the caller bounds it with a time budget.
    /// </summary>
    public static async Task<ParsedDocument> ParseAsync(string html, CancellationToken ct)
    {
        using var document = await new HtmlParser().ParseDocumentAsync(html, ct);

        var writer = new HtmlTextWriter();
        if (document.Body is { } body)
        {
            Walk(body, writer, preformatted: false);
        }

        var text = writer.ToString();
        var title = FirstNonEmpty(
            TitleText.Collapse(document.Title),
            TitleText.Collapse(document.QuerySelector("h1")?.TextContent));

        return new ParsedDocument(title ?? TitleText.FromFirstWords(text), text)
        {
            Description = Meta(document, "name", "description"),
            Date = Meta(document, "property", "article:published_time")
                ?? Meta(document, "name", "date")
                ?? NullIfBlank(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Url = NullIfBlank(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
                ?? Meta(document, "property", "og:url"),
            Source = Meta(document, "property", "og:site_name"),
            Tags = TagList.FromString(Meta(document, "name", "keywords")),
        };
    }

    private static void Walk(INode node, HtmlTextWriter writer, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when preformatted:
                    writer.WriteVerbatim(text.Data);
                    break;
                case IText text:
                    writer.Write(text.Data);
                    break;
                case IElement element when !Skipped.Contains(element.LocalName):
                    var breaks = Paragraphs.Contains(element.LocalName) ? 2 : Lines.Contains(element.LocalName) ? 1 : 0;
                    writer.Break(breaks);
                    Walk(element, writer, preformatted || element.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase));
                    writer.Break(breaks);
                    break;
            }
        }
    }

    /// <summary>The content of the first &lt;meta&gt; whose attribute matches (case-insensitively).</summary>
    private static string? Meta(IDocument document, string attribute, string value) =>
        document.QuerySelectorAll("meta")
            .Where(m => string.Equals(m.GetAttribute(attribute)?.Trim(), value, StringComparison.OrdinalIgnoreCase))
            .Select(m => NullIfBlank(m.GetAttribute("content")))
            .FirstOrDefault(c => c is not null);

    private static string? FirstNonEmpty(params string[] values) => values.FirstOrDefault(v => v.Length > 0);

    private static string? NullIfBlank(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TitleText.Collapse(value);
}
