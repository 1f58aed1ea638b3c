namespace SearchService.Worker.Metrics;

/// <summary>The meter the service's own instruments are on (the worker's and the search endpoint's): exporters
/// subscribe to it by this name.</summary>
public static class SearchServiceMeter
{
    public const string Name = "SearchService";
}
