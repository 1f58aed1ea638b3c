namespace SearchService.Core.Documents;

/// <summary>A parser's answer: fields, or why the file's content is not a usable document.</summary>
internal sealed record ParseResult(ParsedDocument? Document, string? Error)
{
    public static ParseResult Ok(ParsedDocument document) => new(document, null);

    public static ParseResult Fail(string reason) => new(null, reason);
}
