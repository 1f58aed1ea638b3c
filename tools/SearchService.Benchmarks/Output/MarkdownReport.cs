using SearchService.Benchmarks.Corpus;

namespace SearchService.Benchmarks.Output;

/// <summary>The run as markdown: the conditions first (machine, commit, command), then each part measured.</summary>
internal static class MarkdownReport
{
    public static void Write(TextWriter w, ReportData r)
    {
        var o = r.Options;
        var m = r.Machine;
        w.WriteLine($"## Benchmark run: {o.Mode}, {m.Started:yyyy-MM-dd HH:mm} UTC");
        w.WriteLine();
        // The load average says how quiet the machine was; the tool's own threads count in the one at the end.
        w.WriteLine($"- Load average (1, 5, 15 min): {m.LoadAverage} at the start, {r.LoadAverageAtEnd} at the end, on {m.Cores} cores.");
        w.WriteLine($"- Machine: {m.Cpu}, {m.Cores} cores, {m.MemoryBytes / (1L << 30)} GiB; {m.OperatingSystem}; {m.Runtime}{(r.Peer is { } p ? $"; {p.JavaVersion}" : string.Empty)}.");
        w.WriteLine($"- Commit: {r.Source}; analysis version {Engine.EngineUnderTest.AnalysisVersion}.");
        w.WriteLine($"- Documents: `{o.DocsFile}`{Sample(o)}; queries: `{o.BenchDirectory}/queries_{{keyword,phrase,question}}.txt`.");
        w.WriteLine($"- Ranking (Search:Ranking): {o.Ranking}.");
        w.WriteLine($"- Command: `dotnet run -c Release --project tools/SearchService.Benchmarks -- {o.CommandText}` ({Fmt.Seconds(r.Elapsed)} s); raw outputs in `{o.OutDirectory}`.");
        if (r.Peer is { } peer)
        {
            w.WriteLine($"- Peer: `{peer.Command}`.");
        }

        w.WriteLine();
        if (r.Index is { } index)
        {
            IndexTable.Write(w, index);
        }

        if (r.Queries is { } queries)
        {
            QueryTable.Write(w, queries, o.Passes);
        }

        if (r.Peer is { } lucene)
        {
            PeerTable.Write(w, r.Index, r.Queries, r.QueriesByScript, lucene);
        }

        if (r.Files is { } files)
        {
            FilesTable.Write(w, files);
        }

        if (r.Http is { } http)
        {
            HttpTable.Write(w, http);
        }

        if (r.Freshness is { } freshness)
        {
            FreshnessTable.Write(w, freshness);
        }

        if (r.Growth is { } growth)
        {
            GrowthTable.Write(w, growth, o.Seed);
        }

        if (r.LargeDocuments is { } large)
        {
            w.WriteLine("### Large documents (issue 9; in-process, one search at a time, top 10 with snippets)");
            w.WriteLine();
            w.Write(large);
        }
    }

    private static string Sample(Cli.BenchOptions o) =>
        DocumentSource.IsWholeFile(o)
            ? string.Empty
            : $" (--every {o.Every} --limit {o.Limit}{(o.Docs is { } n ? $" --docs {n}{(o.Replicate ? $" --replicate --seed {o.Seed}" : string.Empty)}" : string.Empty)})";
}
