using SearchService.Benchmarks.Modes;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Output;

/// <summary>The service under wrk.</summary>
internal static class HttpTable
{
    public static void Write(TextWriter w, HttpResult r)
    {
        w.WriteLine("### HTTP (the built service under wrk, the 300 queries URL-encoded in rotation)");
        w.WriteLine();
        w.WriteLine($"{Fmt.Count(r.Documents)} documents; RateLimit:RequestsPerSecond = {r.RateLimit}{(r.RateLimit == 0 ? " (off)" : string.Empty)}; logging {(r.LogLevel is null ? "as shipped (appsettings.json: Information, ASP.NET Core's per-request lines at Warning)" : $"Logging:LogLevel:Default = {r.LogLevel}")}; Lua script `{Path.GetFileName(r.ScriptFile)}`; service peak RSS {Fmt.MB(r.PeakRssBytes)} MB.");
        w.WriteLine();
        w.WriteLine("| target | wrk | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | wrk status errors (≥ 400) | socket errors (timeouts) |");
        w.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in r.Searches)
        {
            Row(w, "/api/search", row);
        }

        Row(w, "/healthz", r.Healthz);
        w.WriteLine();
        var failed = r.Searches.Sum(s => Math.Max(s.Non2xx, s.StatusErrors));
        if (failed > 0)
        {
            w.WriteLine($"**Warning: {Fmt.Count(failed)} search responses were not 2xx** (a rate limit, or errors: see the wrk outputs and the service log); their requests/s and latencies are not searches.");
            w.WriteLine();
        }

        w.WriteLine("Non-2xx is counted by the script's `response` hook (every status outside 200–299); wrk's own count covers statuses ≥ 400. The /healthz row (no hook) is the ceiling of the HTTP stack and wrk on this machine.");
        w.WriteLine();
    }

    private static void Row(TextWriter w, string target, WrkResult r) =>
        w.WriteLine($"| {target} | -t{r.Threads} -c{r.Connections} -d{Fmt.Seconds(r.Duration)}s | {Fmt.Count(r.Requests)} | {Fmt.Rate(r.RequestsPerSecond)} | {Fmt.Ms(r.P50Ms)} | {Fmt.Ms(r.P90Ms)} | {Fmt.Ms(r.P99Ms)} | {Fmt.Ms(r.MaxMs)} | {(r.Non2xx < 0 ? "–" : Fmt.Count(r.Non2xx))} | {Fmt.Count(r.StatusErrors)} | {Fmt.Count(r.SocketErrors)} ({Fmt.Count(r.Timeouts)}) |");
}
