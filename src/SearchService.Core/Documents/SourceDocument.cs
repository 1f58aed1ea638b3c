namespace SearchService.Core.Documents;

/// <summary>
/// One article as read from disk, before analysis. <see cref="Text"/> is the original text
/// (diacritics and all) that snippets are cut from.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Path relative to the documents folder, with '/' separators; stable across restarts.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    /// <summary>The file's last write time (UTC).</summary>
    public required DateTimeOffset Modified { get; init; }

    /// <summary>The file's length in bytes, used with <see cref="Modified"/> to tell whether it changed.</summary>
    public required long Length { get; init; }

    /// <summary>Free-form date from the document's own metadata (front matter, JSON), if any.</summary>
    public string? Date { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Short description (HTML meta description), if any.</summary>
    public string? Description { get; init; }
}
