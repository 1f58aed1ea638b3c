using SearchService.Core.Analysis;

namespace SearchService.Core.Querying;

/// <summary>Interrogatives and auxiliaries of pasted questions that Lucene's stopword list lacks.</summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Folded = new(
        new[] { "متى", "كيف", "لماذا", "لما", "هل", "أين", "اين", "كم", "ماذا", "ماهي", "ماهو", "مالذي", "ما", "من", "أي", "اي", "هو", "هي", "التي", "الذي", "يسمى", "تسمى", "يطلق" }
            .Select(ArabicSearchAnalyzer.Fold),
        StringComparer.Ordinal);

    public static bool Contains(string word) => Folded.Contains(ArabicSearchAnalyzer.Fold(word.Trim('؟', '?', '،', '.', '!')));
}
