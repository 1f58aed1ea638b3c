namespace SearchService.Evaluation;

/// <summary>One question with its graded judgements (docid → grade ≥ 1) and gold answers.</summary>
/// <param name="SplitName">The reporting group: "ARCD train", "ARCD test" or "XQuAD test".</param>
/// <param name="Split">The raw split of queries.meta.jsonl ("train" or "test"), for --split.</param>
internal sealed record EvalQuery(
    string Id,
    string Text,
    string Source,
    string SplitName,
    string Split,
    IReadOnlyDictionary<string, int> Grades,
    string? Gold,
    IReadOnlyList<string> Answers);
