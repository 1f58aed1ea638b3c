using SearchService.Core.Analysis;

namespace SearchService.Core.Querying;

/// <summary>Interrogatives and auxiliaries of pasted questions that Lucene's stopword list lacks.</summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Folded = new(
        new[] { "متى", "كيف", "لماذا", "لما", "هل", "أين", "اين", "كم", "ماذا", "ماهي", "ماهو", "مالذي", "ما", "من", "أي", "اي", "هو", "هي", "التي", "الذي", "يسمى", "تسمى", "يطلق" }
            .Select(ArabicSearchAnalyzer.Fold),
        StringComparer.Ordinal);

    /// <summary>A question word typed as a plain word (متى، كيف …), which the query leaves out: pasted questions
    /// carry them, answers rarely do. Shared by the query builder and the highlighter.</summary>
    public static bool IsDropped(QueryGroup group, QueryItem item, QueryWeights weights) =>
        weights.DropQuestionWords && group.Kind == GroupKind.Optional && item is WordItem { Prefix: false, MaxEdits: null } w && Contains(w.Text);

    public static bool Contains(string word) => Folded.Contains(ArabicSearchAnalyzer.Fold(word.Trim('؟', '?', '،', '.', '!')));
}
