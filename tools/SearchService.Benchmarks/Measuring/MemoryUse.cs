namespace SearchService.Benchmarks.Measuring;

/// <summary>Memory of this process over one phase: the resident peak (VmHWM, reset at the phase's start when the
/// kernel allows) and what the garbage collector reports for the same phase.</summary>
/// <param name="PeakRssBytes">Resident peak during the phase (or since process start when the reset failed).</param>
/// <param name="PeakIsPhaseOnly">Whether the peak was reset at the phase's start.</param>
/// <param name="StartRssBytes">Resident at the phase's start (the runtime and the loaded documents).</param>
/// <param name="GcHeapBytes">Managed heap size at the last collection, at the phase's end.</param>
/// <param name="GcCommittedBytes">Memory the GC had committed at the phase's end.</param>
/// <param name="AllocatedBytes">Bytes allocated during the phase.</param>
/// <param name="Gen2Collections">Full collections during the phase.</param>
/// <param name="GcPause">Time the runtime was paused for collections during the phase.</param>
internal sealed record MemoryUse(
    long PeakRssBytes,
    bool PeakIsPhaseOnly,
    long StartRssBytes,
    long GcHeapBytes,
    long GcCommittedBytes,
    long AllocatedBytes,
    int Gen2Collections,
    TimeSpan GcPause);
