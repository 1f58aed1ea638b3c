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
    private NumericDocValues? published;
    private SortedDocValues? sourceColumn;
    private SortedSetDocValues? tagColumn;
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
        published = reader.GetNumericDocValues(IndexFields.Published);
        sourceColumn = reader.GetSortedDocValues(IndexFields.SourceFacet);
        tagColumn = reader.GetSortedSetDocValues(IndexFields.TagFacet);
        sourcePasses = Passing(sourceColumn?.ValueCount ?? 0, sources, ord => Lookup(sourceColumn!, ord));
        tagPasses = Passing((int)(tagColumn?.ValueCount ?? 0), tags, ord => Lookup(tagColumn!, ord));
        sourceCounts = new int[sourcePasses.Length];
        tagCounts = new int[tagPasses.Length];
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var ticks = published?.Get(doc) ?? 0;
        var dateOk = (from is null || ticks >= from) && (to is null || ticks < to);
        var sourceOrd = sourceColumn?.GetOrd(doc) ?? -1;
        var sourceOk = sources.Count == 0 || (sourceOrd >= 0 && sourcePasses[sourceOrd]);
        var tagOk = tags.Count == 0;
        if (tagColumn is not null && (!tagOk || (dateOk && sourceOk)))
        {
            tagColumn.SetDocument(doc);
            for (var ord = tagColumn.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = tagColumn.NextOrd())
            {
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
        var byYear = years.Select((count, year) => new FacetValue(year.ToString("D4", CultureInfo.InvariantCulture), count)).Where(v => v.Count > 0);
        return new SearchFacets(sourceTally.Top(), tagTally.Top(), FacetTally.Largest(byYear));
    }

    // Adds the segment's counts by ordinal to the tallies by value, once per segment (and once at the end).
    private void FlushSegment()
    {
        for (var ord = 0; ord < sourceCounts.Length; ord++)
        {
            if (sourceCounts[ord] > 0)
            {
                sourceTally.Add(Lookup(sourceColumn!, ord), sourceCounts[ord]);
            }
        }

        for (var ord = 0; ord < tagCounts.Length; ord++)
        {
            if (tagCounts[ord] > 0)
            {
                tagTally.Add(Lookup(tagColumn!, ord), tagCounts[ord]);
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
