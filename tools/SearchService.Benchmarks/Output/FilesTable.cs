using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>Files → ready through the built service, and its restart.</summary>
internal static class FilesTable
{
    public static void Write(TextWriter w, FilesResult r)
    {
        w.WriteLine("### Files → ready (the built service on a folder of .txt files)");
        w.WriteLine();
        w.WriteLine($"{Fmt.Count(r.Files)} files, {Fmt.MB(r.TextBytes)} MB of title + text{(r.WriteSeconds > 0 ? $", written in {Fmt.Seconds(r.WriteSeconds)} s (not timed below)" : ", folder reused")}. Times from the process start.");
        w.WriteLine();
        w.WriteLine("| start | /readyz 200 s | all documents s | documents | failures | files/s | MB/s | index MB (/api/status) | peak RSS MB | SIGTERM → exit s |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(w, "empty index", r.First, Fmt.Rate(r.FilesPerSecond), Fmt.Rate(r.MegaBytesPerSecond));
        Row(w, "restart, unchanged", r.Restart, "–", "–");
        w.WriteLine();
    }

    private static void Row(TextWriter w, string label, ServiceStartRun s, string filesPerSecond, string megaBytesPerSecond) =>
        w.WriteLine($"| {label} | {Fmt.Seconds(s.Ready)} | {Fmt.Seconds(s.AllDocuments)} | {Fmt.Count(s.Documents)} | {s.Failures} | {filesPerSecond} | {megaBytesPerSecond} | {Fmt.MB(s.IndexBytes)} | {Fmt.MB(s.PeakRssBytes)} | {Fmt.Seconds(s.Stop)} |");
}
