using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>The service under wrk: one row per concurrency, and <c>/healthz</c> at the highest as the ceiling of
/// the HTTP stack and wrk on this machine.</summary>
/// <param name="LogLevel">The service's Logging:LogLevel:Default (null: as it ships).</param>
internal sealed record HttpResult(IReadOnlyList<WrkResult> Searches, WrkResult Healthz, int Documents, int RateLimit, string? LogLevel, long PeakRssBytes, string ScriptFile);
