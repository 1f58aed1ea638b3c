namespace SearchService.Benchmarks.Service;

/// <summary>How an external program ended and what it printed.</summary>
internal sealed record ProcessOutput(int ExitCode, string Stdout, string Stderr);
