namespace SearchService.Core.Documents;

/// <summary>Either a document or the reason a file could not be turned into one.</summary>
public sealed record DocumentReadResult(SourceDocument? Document, string? Error)
{
    public bool Succeeded => Document is not null;

    public static DocumentReadResult Ok(SourceDocument document) => new(document, null);

    public static DocumentReadResult Fail(string reason) => new(null, reason);
}
