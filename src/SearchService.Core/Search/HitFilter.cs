using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>The Lucene filter of a request's <see cref="SearchFilters"/>: it narrows the hits without changing
/// their scores.</summary>
internal static class HitFilter
{
    /// <summary>Null when nothing is filtered.</summary>
    public static Filter? For(SearchFilters filters)
    {
        if (filters.IsEmpty)
        {
            return null;
        }

        var all = new BooleanQuery();
        if (filters.From is not null || filters.To is not null)
        {
            // Whole days in UTC, both ends included: [From 00:00, the day after To 00:00).
            long? from = filters.From is { } f ? Ticks(f) : null;
            long? to = filters.To is { } t ? Ticks(t.AddDays(1)) : null;
            all.Add(NumericRangeQuery.NewInt64Range(IndexFields.Published, from, to, minInclusive: true, maxInclusive: false), Occur.MUST);
        }

        AddAnyOf(all, IndexFields.SourceKey, filters.Sources);
        AddAnyOf(all, IndexFields.TagKey, filters.Tags);
        return new QueryWrapperFilter(all);
    }

    // One of the values (OR within a parameter); the lists together are AND.
    private static void AddAnyOf(BooleanQuery all, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, IndexFields.FilterKey(value))), Occur.SHOULD);
        }

        all.Add(any, Occur.MUST);
    }

    private static long Ticks(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks;
}
