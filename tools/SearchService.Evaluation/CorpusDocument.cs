namespace SearchService.Evaluation;

/// <summary>One document of the evaluation corpus (an arqa passage or a news article).</summary>
internal sealed record CorpusDocument(string Id, string Title, string Text);
