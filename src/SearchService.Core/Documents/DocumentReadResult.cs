namespace SearchService.Core.Documents;

/// <summary>Either a document or the reason a file could not be turned into one, with the kind of that reason.</summary>
public sealed record DocumentReadResult(SourceDocument? Document, string? Error, ReadFailure Failure = ReadFailure.None)
{
    public bool Succeeded => Document is not null;

    public static DocumentReadResult Ok(SourceDocument document) => new(document, null);

    public static DocumentReadResult Fail(ReadFailure kind, string reason) => new(null, reason, kind);
}
