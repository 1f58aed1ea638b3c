using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// One pass over every match of the query (unfiltered) that applies the request's filters from the columns and counts
/// the facets: a document passing every filter goes on to the top-hits collector and counts in all three facets; one
/// failing only a facet's own filter still counts in that facet, so a reader sees what switching it would give.
/// Counting is per segment by ordinal (cheap), turned into values once the segment is done.
/// </summary>
internal sealed class FacetingCollector(ICollector inner, SearchFilters filters) : ICollector
{
    private readonly long? from = filters.From is { } f ? Ticks(f) : null;
    private readonly long? to = filters.To is { } t ? Ticks(t.AddDays(1)) : null; // exclusive: the day after
    private readonly HashSet<string> sources = [.. filters.Sources.Select(IndexFields.FilterKey)];
    private readonly HashSet<string> tags = [.. filters.Tags.Select(IndexFields.FilterKey)];
    private readonly FacetTally sourceTally = new();
    private readonly FacetTally tagTally = new();
    private readonly int[] years = new int[10_000];

    // The segment being collected: its columns, which of their ordinals pass the filters, and counts by ordinal.
    private SortedDocValues? sourceValues;
    private SortedSetDocValues? tagValues;
    private long[] published = [];
    private int[] sourceOrds = [];
    private int[] tagStart = [];
    private int[] tagOrds = [];
    private bool[] sourcePasses = [];
    private bool[] tagPasses = [];
    private int[] sourceCounts = [];
    private int[] tagCounts = [];

    /// <summary>Matches that passed every filter.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        var columns = FacetColumns.Of(reader);
        (published, sourceOrds, tagStart, tagOrds) = (columns.Published, columns.SourceOrd, columns.TagStart, columns.TagOrds);
        sourceValues = reader.GetSortedDocValues(IndexFields.SourceFacet);
        tagValues = reader.GetSortedSetDocValues(IndexFields.TagFacet);
        sourcePasses = Passing(columns.SourceCount, sources, ord => Lookup(sourceValues!, ord));
        tagPasses = Passing(columns.TagCount, tags, ord => Lookup(tagValues!, ord));
        sourceCounts = new int[sourcePasses.Length];
        tagCounts = new int[tagPasses.Length];
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var ticks = published[doc];
        var dateOk = (from is null || ticks >= from) && (to is null || ticks < to);
        var sourceOrd = sourceOrds[doc];
        var sourceOk = sources.Count == 0 || (sourceOrd >= 0 && sourcePasses[sourceOrd]);
        var tagOk = tags.Count == 0;
        if (!tagOk || (dateOk && sourceOk))
        {
            for (var i = tagStart[doc]; i < tagStart[doc + 1]; i++)
            {
                var ord = tagOrds[i];
                tagOk |= tagPasses[ord];
                if (dateOk && sourceOk)
                {
                    tagCounts[ord]++;
                }
            }
        }

        if (dateOk && tagOk && sourceOrd >= 0)
        {
            sourceCounts[sourceOrd]++;
        }

        if (sourceOk && tagOk)
        {
            years[Year(ticks)]++;
        }

        if (dateOk && sourceOk && tagOk)
        {
            Total++;
            inner.Collect(doc);
        }
    }

    /// <summary>The counts so far: all of them after a whole pass, those of the documents seen when a deadline cut
    /// the pass short.</summary>
    public SearchFacets Facets()
    {
        FlushSegment();
        // Only the years with matches are named: formatting all 10,000 cost more than counting a query's matches.
        var byYear = new List<FacetValue>();
        for (var year = 0; year < years.Length; year++)
        {
            if (years[year] > 0)
            {
                byYear.Add(new FacetValue(year.ToString("D4", CultureInfo.InvariantCulture), years[year]));
            }
        }

        return new SearchFacets(sourceTally.Top(), tagTally.Top(), FacetTally.Largest(byYear));
    }

    // Adds the segment's counts by ordinal to the tallies by value, once per segment (and once at the end).
    private void FlushSegment()
    {
        for (var ord = 0; ord < sourceCounts.Length; ord++)
        {
            if (sourceCounts[ord] > 0)
            {
                sourceTally.Add(Lookup(sourceValues!, ord), sourceCounts[ord]);
            }
        }

        for (var ord = 0; ord < tagCounts.Length; ord++)
        {
            if (tagCounts[ord] > 0)
            {
                tagTally.Add(Lookup(tagValues!, ord), tagCounts[ord]);
            }
        }

        sourceCounts = [];
        tagCounts = [];
    }

    // Which of a segment's values a filter lets through; only looked up when there is a filter.
    private static bool[] Passing(long valueCount, HashSet<string> keys, Func<int, string> value)
    {
        var passes = new bool[valueCount];
        if (keys.Count > 0)
        {
            for (var ord = 0; ord < valueCount; ord++)
            {
                passes[ord] = keys.Contains(IndexFields.FilterKey(value(ord)));
            }
        }

        return passes;
    }

    private static string Lookup(SortedDocValues column, int ord)
    {
        var bytes = new BytesRef();
        column.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    private static string Lookup(SortedSetDocValues column, long ord)
    {
        var bytes = new BytesRef();
        column.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    // The UTC year of a date in ticks; a date outside years 1–9999 cannot be stored, so none is out of range.
    private static int Year(long ticks) => new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc).Year;

    private static long Ticks(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks;
}
