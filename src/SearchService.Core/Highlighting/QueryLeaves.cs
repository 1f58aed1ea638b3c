using Lucene.Net.Search;
using SearchService.Core.Querying;

namespace SearchService.Core.Highlighting;

/// <summary>The terms and phrases of a rewritten item query: what the search looked for, so what may be marked.</summary>
internal static class QueryLeaves
{
    public static IEnumerable<MarkedLeaf> Of(PlannedItem item) => Walk(item.Query, item.Key);

    private static IEnumerable<MarkedLeaf> Walk(Query query, int key) => query switch
    {
        TermQuery t => [new MarkedLeaf(key, t.Term.Field, [t.Term.Bytes], [0], 0)],
        PhraseQuery p when p.GetTerms().Length > 0 => [Phrase(p, key)],
        BooleanQuery b => b.Clauses.Where(c => !c.IsProhibited).SelectMany(c => Walk(c.Query, key)),
        ConstantScoreQuery { Query: { } inner } => Walk(inner, key), // a rewritten prefix: its completions
        _ => [], // the builder makes nothing else; an empty phrase or a filter holds no term to mark
    };

    private static MarkedLeaf Phrase(PhraseQuery phrase, int key)
    {
        var terms = phrase.GetTerms();
        return new MarkedLeaf(key, terms[0].Field, [.. terms.Select(t => t.Bytes)], phrase.GetPositions(), phrase.Slop);
    }
}
