namespace SearchService.Benchmarks.Modes;

/// <summary>The service's own path: files → ready on a fresh index, then a restart over the unchanged index.</summary>
/// <param name="WriteSeconds">Writing the .txt files (0 when the folder was reused); not part of either timing.</param>
internal sealed record FilesResult(int Files, long TextBytes, double WriteSeconds, ServiceStartRun First, ServiceStartRun Restart)
{
    public double FilesPerSecond => First.AllDocuments > TimeSpan.Zero ? Files / First.AllDocuments.TotalSeconds : 0;

    public double MegaBytesPerSecond => First.AllDocuments > TimeSpan.Zero ? TextBytes / 1e6 / First.AllDocuments.TotalSeconds : 0;
}

/// <summary>One start of the service, timed from the process start.</summary>
/// <param name="Ready">Until <c>/readyz</c> answered 200.</param>
/// <param name="AllDocuments">Until <c>/api/status</c> counted every file (as documents or failures).</param>
/// <param name="PeakRssBytes">The service's VmHWM, read just before it was stopped.</param>
/// <param name="Stop">From SIGTERM until the process had exited.</param>
internal sealed record ServiceStartRun(TimeSpan Ready, TimeSpan AllDocuments, int Documents, int Failures, long IndexBytes, long PeakRssBytes, TimeSpan Stop);
