using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using SearchService.Core.Analysis;

namespace SearchService.Core.Indexing;

/// <summary>Which analysis each field gets; used by the writer, the query builder and the highlighter alike.</summary>
internal static class SearchAnalyzers
{
    public static Analyzer CreatePerField()
    {
        var exact = ArabicSearchAnalyzer.Exact();
        return new PerFieldAnalyzerWrapper(
            ArabicSearchAnalyzer.Stemmed(),
            new Dictionary<string, Analyzer>
            {
                [IndexFields.TitleExact] = exact,
                [IndexFields.TextExact] = exact,
                [IndexFields.TextRoot] = ArabicSearchAnalyzer.Roots(),
            });
    }
}
