using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Engine;
using SearchService.Benchmarks.Measuring;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// Indexes documents through the engine as the service's first pass does: upserts on one thread per core (by
/// default), a commit every 5,000 documents and one at the end, then the writer closed (merges finished).
/// </summary>
internal static class IndexBenchmark
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public static IndexResult Run(RunContext context, IReadOnlyList<BenchDocument> documents, string indexPath)
    {
        var o = context.Options;
        DeleteIndexFolder(indexPath);

        var memory = MemoryPhase.Start();
        var start = context.Time.GetTimestamp();
        TimeSpan elapsed;
        using (var engine = EngineUnderTest.Open(indexPath))
        {
            var gate = new Lock();
            var sinceCommit = 0;
            var done = 0;
            var lastProgress = start;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = o.Threads, CancellationToken = context.Cancellation };
            Parallel.ForEach(documents, parallel, document =>
            {
                engine.Upsert(document);
                lock (gate)
                {
                    done++;
                    if (++sinceCommit >= o.CommitEvery)
                    {
                        sinceCommit = 0;
                        engine.Commit();
                    }

                    if (context.Time.GetElapsedTime(lastProgress) >= ProgressEvery)
                    {
                        lastProgress = context.Time.GetTimestamp();
                        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  indexed {done:N0}/{documents.Count:N0} ({done / context.Since(start).TotalSeconds:F0} docs/s)"));
                    }
                }
            });
            engine.Commit();
            elapsed = context.Since(start);

            // Searchable now. Then the merge to one segment the service runs in the background after a large pass,
            // waited for here, so the queries run on the index the service serves.
            engine.Compact();
        }

        var merge = context.Since(start) - elapsed;
        var used = memory.Stop();
        var result = new IndexResult(documents.Count, documents.Sum(d => (long)d.Utf8Bytes), elapsed, FolderBytes(indexPath), o.Threads, o.CommitEvery, used) { Merge = merge };
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indexed {result.Documents:N0} documents in {elapsed.TotalSeconds:F1} s ({result.DocumentsPerSecond:F0} docs/s, {result.MegaBytesPerSecond:F1} MB/s), merged to one segment in {merge.TotalSeconds:F1} s more, index {result.IndexBytes / 1e6:F1} MB"));
        return result;
    }

    /// <summary>An index from an earlier run (--index-dir … --keep) when it holds exactly these documents.</summary>
    public static IndexResult? TryReuse(RunContext context, IReadOnlyList<BenchDocument> documents, string indexPath)
    {
        if (!File.Exists(Path.Combine(indexPath, "searchservice-index.json")))
        {
            return null;
        }

        using var engine = EngineUnderTest.Open(indexPath);
        if (engine.DocumentCount != documents.Count)
        {
            return null;
        }

        context.Progress.WriteLine($"reusing the index at {indexPath} ({documents.Count:N0} documents): no indexing figures this run");
        return new IndexResult(documents.Count, documents.Sum(d => (long)d.Utf8Bytes), TimeSpan.Zero, FolderBytes(indexPath), 0, 0, null, Reused: true);
    }

    /// <summary>Deletes a folder that is empty or holds the service's index (its marker, or a Lucene index: segments_N),
    /// and refuses any other: a mistyped --index-dir must not cost someone a folder of documents.</summary>
    public static void DeleteIndexFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        if (Directory.EnumerateFileSystemEntries(path).Any() && !Directory.EnumerateFiles(path, "segments_*").Any()
            && !File.Exists(Path.Combine(path, "searchservice-index.json")))
        {
            throw new ArgumentException($"{path} is neither empty nor a Lucene index; not deleting it (choose another --index-dir)");
        }

        Directory.Delete(path, recursive: true);
    }

    public static long FolderBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
