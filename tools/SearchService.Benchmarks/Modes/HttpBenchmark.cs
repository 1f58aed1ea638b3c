using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// The built service over HTTP under wrk: the 300 queries in rotation at each --connections (after a short
/// untimed warm-up run), then <c>/healthz</c> at the highest concurrency for comparison.
/// </summary>
internal static class HttpBenchmark
{
    private const int WarmupSeconds = 5;

    public static async Task<HttpResult> RunAsync(RunContext context, IReadOnlyList<BenchDocument> documents)
    {
        var o = context.Options;
        var ct = context.Cancellation;
        var corpus = new ServiceCorpus(context);
        corpus.EnsureFiles(documents);
        var queries = QuerySet.Load(o.BenchDirectory);
        var script = context.OutFile("wrk-queries.lua");
        await File.WriteAllTextAsync(script, WrkScript.Build(QueryPaths.For(queries, o.TopK), countResponses: true), ct);
        var healthScript = context.OutFile("wrk-healthz.lua");
        await File.WriteAllTextAsync(healthScript, WrkScript.Build(["/healthz"], countResponses: false), ct);

        using var service = await corpus.StartReadyAsync();
        await using var sampler = new ProcessMemorySampler(service.Id, context.Time, TimeSpan.FromSeconds(1));
        var status = await service.StatusAsync(ct);
        context.Progress.WriteLine($"wrk warm-up: {WarmupSeconds} s at 8 connections");
        await WrkRunner.RunAsync("warm-up", service.Address, script, 8, WarmupSeconds, context.OutFile("wrk-warmup.txt"), true, ct);

        var rows = new List<WrkResult>();
        foreach (var connections in o.Connections)
        {
            var row = await WrkRunner.RunAsync("search", service.Address, script, connections, o.DurationSeconds, context.OutFile($"wrk-search-c{connections}.txt"), true, ct);
            rows.Add(row);
            context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrk -t{row.Threads} -c{connections}: {row.RequestsPerSecond:F0} req/s, p50 {row.P50Ms:F1} ms, p99 {row.P99Ms:F1} ms, non-2xx {row.Non2xx}, socket errors {row.SocketErrors}"));
        }

        var top = o.Connections.Max();
        var healthz = await WrkRunner.RunAsync("healthz", service.Address, healthScript, top, o.DurationSeconds, context.OutFile($"wrk-healthz-c{top}.txt"), false, ct);
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrk /healthz -c{top}: {healthz.RequestsPerSecond:F0} req/s"));
        sampler.Sample();
        var peak = sampler.PeakBytes;
        await service.StopAsync(TimeSpan.FromMinutes(2), ct);
        return new HttpResult(rows, healthz, status.Documents, o.RateLimit, o.ServiceLogLevel, peak, script);
    }
}
