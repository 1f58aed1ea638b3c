namespace SearchService.Api.Tests.Hosting;

/// <summary>
/// The tests that start a service and read its metrics run alone, one after another: OpenTelemetry subscribes to
/// meters by name across the whole process, so a service that another test runs at the same time in this process
/// would count its searches and documents into theirs. (One service per process, as deployed, has no such issue.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
