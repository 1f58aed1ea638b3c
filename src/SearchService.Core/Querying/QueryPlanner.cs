using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace SearchService.Core.Querying;

/// <summary>
/// Builds each query item's Lucene query once and rewrites it against the searcher, then assembles the search
/// from those rewritten queries. Marks are read from the same rewritten queries, so what is marked is what was
/// searched: the fuzzy variants and prefix completions the index actually holds, the same stems and roots.
/// Rewriting first does not change scores: searching rewrites the whole query anyway, item by item.
/// </summary>
internal static class QueryPlanner
{
    /// <param name="maxPrefixTerms">How many index words one <c>word*</c> may expand to
    /// (<see cref="Search.SearchLimits.MaxPrefixTerms"/>); a wider prefix is a <see cref="QueryParseException"/>.</param>
    public static QueryPlan Plan(ParsedQuery parsed, IndexSearcher searcher, Analyzer analyzer, QueryWeights weights, int maxPrefixTerms = BooleanQueryClauseLimit)
    {
        var builder = new LuceneQueryBuilder(analyzer, weights);
        var groups = new List<IReadOnlyList<Query>>();
        var items = new List<PlannedItem>();
        foreach (var group in parsed.Groups)
        {
            var queries = new List<Query>();
            foreach (var item in group.Alternatives)
            {
                if (builder.BuildItem(group, item) is not { } query)
                {
                    continue;
                }

                var rewritten = Rewrite(searcher, query, maxPrefixTerms);
                if (item is WordItem { Prefix: true } && Completions(rewritten) > maxPrefixTerms)
                {
                    throw TooWide(maxPrefixTerms);
                }

                queries.Add(rewritten);
                if (group.Kind != GroupKind.Excluded)
                {
                    items.Add(new PlannedItem(items.Count, rewritten)); // excluded words are never marked
                }
            }

            groups.Add(queries);
        }

        var (words, proximity) = builder.Assemble(parsed, groups);
        return new QueryPlan(words, proximity, items);
    }

    /// <summary>Lucene's own ceiling on the terms one prefix query expands to (<see cref="BooleanQuery.MaxClauseCount"/>).</summary>
    public const int BooleanQueryClauseLimit = 1_024;

    private static Query Rewrite(IndexSearcher searcher, Query query, int maxPrefixTerms)
    {
        try
        {
            return searcher.Rewrite(query);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw TooWide(maxPrefixTerms);
        }
    }

    // The distinct words a rewritten prefix item searches, over all its fields.
    private static int Completions(Query rewritten) =>
        Leaves(rewritten).Select(t => t.Text).Distinct(StringComparer.Ordinal).Count();

    private static IEnumerable<Lucene.Net.Index.Term> Leaves(Query query) => query switch
    {
        TermQuery t => [t.Term],
        BooleanQuery b => b.Clauses.SelectMany(c => Leaves(c.Query)),
        ConstantScoreQuery { Query: { } inner } => Leaves(inner),
        _ => [],
    };

    private static QueryParseException TooWide(int maxPrefixTerms) =>
        new($"بحث البادئة واسع جدًا: يطابق أكثر من {maxPrefixTerms} كلمة. أضف أحرفًا قبل علامة *. (A prefix matches more than {maxPrefixTerms} words; add letters before the *.)");
}
