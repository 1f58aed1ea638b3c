namespace SearchService.Core.Documents;

/// <summary>What a format parser extracts from a file's text; the reader adds id, size and time.</summary>
internal sealed record ParsedDocument(string Title, string Text)
{
    public string? Date { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Description { get; init; }
}
