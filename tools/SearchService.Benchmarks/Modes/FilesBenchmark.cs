using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// Files → ready, as a user meets the service: the documents as .txt files, the built service started on them
/// with an empty index, timed until <c>/readyz</c> is 200 and <c>/api/status</c> holds every file; then stopped
/// (SIGTERM) and started again over the unchanged folder and index.
/// </summary>
internal static class FilesBenchmark
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(2);

    public static async Task<FilesResult> RunAsync(RunContext context, IReadOnlyList<BenchDocument> documents)
    {
        var corpus = new ServiceCorpus(context);
        var writeSeconds = corpus.EnsureFiles(documents);
        IndexBenchmark.DeleteIndexFolder(corpus.Index);

        var first = await StartOnceAsync(context, corpus, "fresh index");
        var restart = await StartOnceAsync(context, corpus, "restart over the unchanged index");
        return new FilesResult(corpus.FileCount, documents.Sum(d => (long)d.Utf8Bytes), writeSeconds, first, restart);
    }

    private static async Task<ServiceStartRun> StartOnceAsync(RunContext context, ServiceCorpus corpus, string label)
    {
        var ct = context.Cancellation;
        var start = context.Time.GetTimestamp();
        using var service = corpus.Start();
        await using var sampler = new ProcessMemorySampler(service.Id, context.Time, TimeSpan.FromMilliseconds(200));
        await service.WaitUntilReadyAsync(ServiceCorpus.ReadyTimeout, ct);
        var ready = context.Since(start);
        var status = await service.WaitForDocumentsAsync(corpus.FileCount, ServiceCorpus.ReadyTimeout, ct);
        var all = context.Since(start);
        sampler.Sample();
        var peak = sampler.PeakBytes;
        var stopping = context.Time.GetTimestamp();
        await service.StopAsync(StopTimeout, ct);
        var stop = context.Since(stopping);
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files ({label}): ready in {ready.TotalSeconds:F1} s, {status.Documents:N0} documents ({status.Failures} failures) at {all.TotalSeconds:F1} s, peak RSS {peak / 1e6:F0} MB, stopped in {stop.TotalSeconds:F1} s"));
        return new ServiceStartRun(ready, all, status.Documents, status.Failures, status.IndexSizeBytes, peak, stop);
    }
}
