namespace SearchService.Evaluation;

/// <summary>One document of the evaluation corpus (an arqa passage or a news article).</summary>
internal sealed record CorpusDocument(string Id, string Title, string Text)
{
    /// <summary>The Wikipedia article an arqa passage is a paragraph of (its siblings are the related ones); null for news.</summary>
    public string? Article { get; init; }
}
