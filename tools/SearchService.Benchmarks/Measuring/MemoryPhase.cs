using System.Diagnostics;

namespace SearchService.Benchmarks.Measuring;

/// <summary>Brackets one phase of this process (indexing, say) and reports its <see cref="MemoryUse"/>.</summary>
internal sealed class MemoryPhase
{
    private readonly bool reset;
    private readonly long startRss;
    private readonly long allocated;
    private readonly int gen2;
    private readonly TimeSpan pause;

    private MemoryPhase()
    {
        reset = ProcStatus.ResetOwnPeak();
        startRss = ProcStatus.Read(Environment.ProcessId)?.CurrentBytes ?? 0;
        allocated = GC.GetTotalAllocatedBytes(precise: false);
        gen2 = GC.CollectionCount(2);
        pause = GC.GetTotalPauseDuration();
    }

    /// <summary>Collects first, so the phase starts from the live data (the loaded documents) and nothing else.</summary>
    public static MemoryPhase Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new MemoryPhase();
    }

    public MemoryUse Stop()
    {
        var info = GC.GetGCMemoryInfo();
        long peak;
        if (ProcStatus.Read(Environment.ProcessId) is { } status)
        {
            peak = status.PeakBytes;
        }
        else
        {
            using var self = Process.GetCurrentProcess();
            peak = self.PeakWorkingSet64;
        }

        return new MemoryUse(
            peak,
            reset,
            startRss,
            info.HeapSizeBytes,
            info.TotalCommittedBytes,
            GC.GetTotalAllocatedBytes(precise: false) - allocated,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - pause);
    }
}
