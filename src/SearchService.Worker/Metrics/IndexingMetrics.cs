using System.Diagnostics.Metrics;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Worker.Status;

namespace SearchService.Worker.Metrics;

/// <summary>
/// The worker's instruments: counters recorded where a file is indexed, fails or a rebuild completes, and gauges read
/// at each collection from what <c>/api/status</c> reports (documents, pending changes, index size, how long since
/// the index was last brought in step with the folder). Units make the Prometheus names end in <c>_total</c>,
/// <c>_seconds</c> and <c>_bytes</c>.
/// </summary>
public sealed class IndexingMetrics
{
    private readonly Counter<long> indexed;
    private readonly Counter<long> failures;
    private readonly Counter<long> rebuilds;

    public IndexingMetrics(IMeterFactory meters, IndexStore store, IndexStatus status, TimeProvider time)
    {
        var meter = meters.Create(SearchServiceMeter.Name);
        indexed = meter.CreateCounter<long>(
            "searchservice.documents.indexed", "{document}", "Files read and written into the index, new or changed.");
        failures = meter.CreateCounter<long>(
            "searchservice.indexing.failures", "{file}", "Files that could not be indexed, by reason.");
        rebuilds = meter.CreateCounter<long>(
            "searchservice.rebuilds", "{rebuild}", "Rebuilds completed: a new index written beside the old one and switched to.");
        meter.CreateObservableGauge(
            "searchservice.documents", () => WhileOpen(() => store.Searchers.DocumentCount), "{document}", "Documents searches see.");
        meter.CreateObservableGauge(
            "searchservice.pending_changes", () => status.Snapshot().Pending, "{change}", "File changes waiting to be applied.");
        meter.CreateObservableGauge(
            "searchservice.index.size", () => WhileOpen(store.SizeOnDisk), "By", "Bytes of index files on disk.");
        meter.CreateObservableGauge(
            "searchservice.refresh.age",
            () => RefreshAge(status.Snapshot(), time.GetUtcNow()),
            "s",
            "Seconds since the index was last brought in step with the folder: a change applied, or a check that found none.");
    }

    public void DocumentIndexed() => indexed.Add(1);

    public void IndexingFailed(ReadFailure kind) => failures.Add(1, new KeyValuePair<string, object?>("reason", ReasonLabel(kind)));

    public void RebuildCompleted() => rebuilds.Add(1);

    /// <summary>The label of a failure kind: few and fixed, so each is one series.</summary>
    public static string ReasonLabel(ReadFailure kind) => kind switch
    {
        ReadFailure.OutsideFolder => "outside_folder",
        ReadFailure.BrokenLink => "broken_link",
        ReadFailure.PermissionDenied => "permission_denied",
        ReadFailure.Missing => "missing",
        ReadFailure.Empty => "empty",
        ReadFailure.TooLarge => "too_large",
        ReadFailure.IoError => "io_error",
        ReadFailure.Encoding => "encoding",
        ReadFailure.InvalidFormat => "invalid_format",
        _ => "other",
    };

    // Nothing until the first pass over the folder completes: before it, the index was never in step.
    private static IEnumerable<Measurement<double>> RefreshAge(IndexStatusSnapshot now, DateTimeOffset at)
    {
        var last = (now.LastChange, now.LastReconcile) switch
        {
            ({ } change, { } check) => change > check ? change : check,
            (var change, var check) => change ?? check,
        };
        return last is { } since ? [new Measurement<double>(Math.Max(0, (at - since).TotalSeconds))] : [];
    }

    // A collection during shutdown may come after the index is closed: it then reports nothing rather than throwing.
    private static IEnumerable<Measurement<T>> WhileOpen<T>(Func<T> read)
        where T : struct
    {
        try
        {
            return [new Measurement<T>(read())];
        }
        catch (ObjectDisposedException)
        {
            return [];
        }
    }
}
