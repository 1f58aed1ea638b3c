namespace SearchService.Benchmarks.Measuring;

/// <summary>
/// Samples another process's resident memory from /proc until stopped or until the process exits, so the peak is
/// known even for a process that ends by itself (the Java peer). VmHWM is already a peak; sampling keeps the last
/// value seen before exit and the largest VmRSS.
/// </summary>
internal sealed class ProcessMemorySampler : IAsyncDisposable
{
    private readonly int pid;
    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peakBytes;
    private long maxRssBytes;

    public ProcessMemorySampler(int pid, TimeProvider time, TimeSpan interval)
    {
        this.pid = pid;
        this.time = time;
        this.interval = interval;
        Sample();
        loop = Task.Run(RunAsync);
    }

    /// <summary>The largest VmHWM seen (the process's own peak, as last read).</summary>
    public long PeakBytes => Interlocked.Read(ref peakBytes);

    public long MaxRssBytes => Interlocked.Read(ref maxRssBytes);

    /// <summary>Reads once more now (call before stopping a process, so its final peak is counted).</summary>
    public void Sample()
    {
        if (ProcStatus.Read(pid) is { } m)
        {
            Max(ref peakBytes, m.PeakBytes);
            Max(ref maxRssBytes, m.CurrentBytes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Sample();
            await Task.Delay(interval, time, stop.Token);
        }
    }

    private static void Max(ref long field, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref field)) && Interlocked.CompareExchange(ref field, value, seen) != seen)
        {
        }
    }
}
