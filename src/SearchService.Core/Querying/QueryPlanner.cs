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
    public static QueryPlan Plan(ParsedQuery parsed, IndexSearcher searcher, Analyzer analyzer, QueryWeights weights)
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

                var rewritten = Rewrite(searcher, query);
                queries.Add(rewritten);
                if (group.Kind != GroupKind.Excluded)
                {
                    items.Add(new PlannedItem(items.Count, rewritten)); // excluded words are never marked
                }
            }

            groups.Add(queries);
        }

        return new QueryPlan(builder.Assemble(parsed, groups), items);
    }

    private static Query Rewrite(IndexSearcher searcher, Query query)
    {
        try
        {
            return searcher.Rewrite(query);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QueryParseException($"بحث البادئة واسع جدًا: يطابق أكثر من {BooleanQuery.MaxClauseCount} كلمة. أضف أحرفًا قبل علامة *. (A prefix matches too many words.)");
        }
    }
}
