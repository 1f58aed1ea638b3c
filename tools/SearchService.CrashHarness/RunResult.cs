namespace SearchService.CrashHarness;

/// <summary>One run: where the kills landed, how long recovery took, and what the index held afterwards.</summary>
internal sealed record RunResult(int Run, string Mode, int Kills, string KillMoment, int Operations, TimeSpan Recovery, TimeSpan Total, Verification Verification);
