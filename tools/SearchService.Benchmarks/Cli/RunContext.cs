namespace SearchService.Benchmarks.Cli;

/// <summary>What every mode is handed: its options, the clock, where progress goes (stderr, so stdout stays a
/// clean markdown report) and the run's cancellation (Ctrl+C).</summary>
internal sealed record RunContext(BenchOptions Options, TimeProvider Time, TextWriter Progress, CancellationToken Cancellation)
{
    public TimeSpan Since(long timestamp) => Time.GetElapsedTime(timestamp);

    /// <summary>A file in the output folder (created on first use).</summary>
    public string OutFile(string name)
    {
        Directory.CreateDirectory(Options.OutDirectory);
        return Path.Combine(Options.OutDirectory, name);
    }
}
