namespace SearchService.Benchmarks.Service;

/// <summary>The parts of <c>GET /api/status</c> the benchmark reads.</summary>
internal sealed record ServiceStatus(string State, int Documents, int Failures, long IndexSizeBytes, int Pending);
