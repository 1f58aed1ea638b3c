using System.Diagnostics.Metrics;
using SearchService.Worker.Metrics;

namespace SearchService.Api.Endpoints;

/// <summary>Searches answered and how long each took, by outcome: the Prometheus names are
/// <c>searchservice_searches_total</c> and <c>searchservice_search_duration_seconds</c>.</summary>
internal sealed class SearchMetrics
{
    public const string Ok = "ok";
    public const string BadRequest = "bad_request";
    public const string TimedOut = "timed_out";
    public const string Cancelled = "cancelled";
    public const string Error = "error";

    // From a millisecond to the longest budget a search may be given (Search:Limits:QueryTimeoutMilliseconds).
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter<long> searches;
    private readonly Histogram<double> duration;

    public SearchMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(SearchServiceMeter.Name);
        searches = meter.CreateCounter<long>(
            "searchservice.searches", "{search}", "Searches answered, by outcome: ok, bad_request, timed_out (partial results), cancelled, error.");
        duration = meter.CreateHistogram(
            "searchservice.search.duration",
            "s",
            "How long searches took, by outcome.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void Record(string outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        searches.Add(1, tag);
        duration.Record(elapsed.TotalSeconds, tag);
    }
}
