namespace SearchService.Benchmarks.Service;

/// <summary>How the service is started: which build, on which port, over which folders, logging where.</summary>
/// <param name="RateLimit">RateLimit:RequestsPerSecond; 0 turns the per-client limiter off.</param>
internal sealed record ServiceSettings(string Dll, int Port, string Documents, string Index, string Log, int RateLimit);
