namespace SearchService.Evaluation;

/// <summary>What one system returned for one query: ids best first, and (ours only) each hit's first snippet.</summary>
internal sealed record RankedList(IReadOnlyList<string> Ids, IReadOnlyList<string?> FirstSnippets, bool ParseFailed)
{
    public static RankedList Empty { get; } = new([], [], false);

    public static RankedList Failed { get; } = new([], [], true);
}
