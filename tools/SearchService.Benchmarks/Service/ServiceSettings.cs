namespace SearchService.Benchmarks.Service;

/// <summary>How the service is started: which build, on which port, over which folders, logging where.</summary>
/// <param name="RateLimit">RateLimit:RequestsPerSecond; 0 turns the per-client limiter off.</param>
/// <param name="LogLevel">Logging:LogLevel:Default, or null for the service's own default.</param>
/// <param name="Ranking">Search:Ranking settings passed as environment variables.</param>
internal sealed record ServiceSettings(string Dll, int Port, string Documents, string Index, string Log, int RateLimit, string? LogLevel, Cli.RankingSettings Ranking);
