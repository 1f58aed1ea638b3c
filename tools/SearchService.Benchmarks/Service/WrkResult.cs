namespace SearchService.Benchmarks.Service;

/// <summary>One wrk run, from the script's summary line.</summary>
/// <param name="Non2xx">Responses outside 200–299, counted by the script's response hook (−1 when it had none).</param>
/// <param name="StatusErrors">wrk's own count of statuses ≥ 400 (its "Non-2xx or 3xx responses" line).</param>
/// <param name="SocketErrors">connect + read + write + timeout.</param>
internal sealed record WrkResult(
    string Label,
    int Threads,
    int Connections,
    long Requests,
    TimeSpan Duration,
    long Non2xx,
    long StatusErrors,
    long SocketErrors,
    long Timeouts,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    string OutputFile)
{
    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Requests / Duration.TotalSeconds : 0;
}
