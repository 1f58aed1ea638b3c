using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>The in-process indexing figures.</summary>
internal static class IndexTable
{
    public static void Write(TextWriter w, IndexResult r)
    {
        w.WriteLine("### Indexing in-process (IndexStore.Upsert per document and commits; then merged to one segment, as the service does)");
        w.WriteLine();
        if (r.Reused)
        {
            w.WriteLine($"An existing index of {Fmt.Count(r.Documents)} documents was reused: no indexing figures ({Fmt.MB(r.IndexBytes)} MB on disk).");
            w.WriteLine();
            return;
        }

        w.WriteLine("| documents | text MB | threads | commit every | index s | then merge s | docs/s | MB/s | index MB | peak RSS MB | RSS at start MB | GC heap MB at end | allocated GB | gen2 GCs | GC pauses s |");
        w.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var m = r.Memory!;
        w.WriteLine($"| {Fmt.Count(r.Documents)} | {Fmt.MB(r.TextBytes)} | {r.Threads} | {Fmt.Count(r.CommitEvery)} | {Fmt.Seconds(r.Elapsed)} | {Fmt.Seconds(r.Merge)} | {Fmt.Rate(r.DocumentsPerSecond)} | {Fmt.Rate(r.MegaBytesPerSecond)} | {Fmt.MB(r.IndexBytes)} | {Fmt.MB(m.PeakRssBytes)} | {Fmt.MB(m.StartRssBytes)} | {Fmt.MB(m.GcHeapBytes)} | {m.AllocatedBytes / 1e9:F1} | {m.Gen2Collections} | {m.GcPause.TotalSeconds:F1} |");
        w.WriteLine();
        w.WriteLine("\"index s\" runs from opening the index to the last commit (everything searchable: the service's /readyz); \"then merge s\" is the background merge to one segment that follows, as in the service, and the closing of the writer.");
        w.WriteLine();
        w.WriteLine(m.PeakIsPhaseOnly
            ? "Peak RSS is this process's VmHWM, reset when indexing began: it includes the loaded documents (RSS at start), as the Java peer's includes its own copy."
            : "Peak RSS is this process's VmHWM since it started (the kernel refused the reset), loading included.");
        w.WriteLine();
    }
}
