using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>The service under wrk: one row per concurrency, and <c>/healthz</c> at the highest as the ceiling of
/// the HTTP stack and wrk on this machine.</summary>
internal sealed record HttpResult(IReadOnlyList<WrkResult> Searches, WrkResult Healthz, int Documents, int RateLimit, long PeakRssBytes, string ScriptFile);
