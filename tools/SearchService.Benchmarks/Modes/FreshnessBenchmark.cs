using System.Globalization;
using System.Text;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// With the service ready on the corpus and --freshness-load clients searching (wrk, the 300 queries), each of
/// --freshness-files files is created, then changed, then deleted, one operation at a time under
/// <c>freshness/</c> in the documents folder; each waits until search shows it. Each version carries its own
/// random marker word, so one query finds exactly that file.
/// </summary>
internal static class FreshnessBenchmark
{
    private const string Folder = "freshness";
    private static readonly UTF8Encoding Utf8 = new(false);

    public static async Task<FreshnessResult> RunAsync(RunContext context, IReadOnlyList<BenchDocument> documents)
    {
        var o = context.Options;
        var ct = context.Cancellation;
        var corpus = new ServiceCorpus(context);
        corpus.EnsureFiles(documents);
        var folder = Path.Combine(corpus.Documents, Folder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true); // left by an interrupted run
        }

        using var service = await corpus.StartReadyAsync();
        var status = await service.StatusAsync(ct);
        Directory.CreateDirectory(folder);
        var script = context.OutFile("wrk-queries.lua");
        await File.WriteAllTextAsync(script, WrkScript.Build(QueryPaths.For(QuerySet.Load(o.BenchDirectory), o.TopK), countResponses: true), ct);

        // The load runs until stopped (SIGINT, after which wrk prints its summary); the hour is only a bound.
        using var load = o.FreshnessLoad > 0
            ? ChildProcess.Start(WrkRunner.Executable, WrkRunner.Arguments(service.Address, script, o.FreshnessLoad, 3600))
            : null;
        var probe = new FreshnessProbe(context, service);
        var markers = new MarkerWords(o.Seed);
        var times = new Dictionary<string, List<double?>> { ["create"] = [], ["change"] = [], ["delete"] = [] };
        var start = context.Time.GetTimestamp();
        for (var i = 0; i < o.FreshnessFiles; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"f{i:0000}.txt");
            var id = Folder + "/" + name;
            var path = Path.Combine(folder, name);
            var article = documents[i % documents.Count];

            var created = markers.Next();
            await File.WriteAllTextAsync(path, Content(article, created), Utf8, ct); // returns once the file is closed
            times["create"].Add(await probe.WaitAsync(created, id, present: true, context.Time.GetTimestamp()));

            var changed = markers.Next();
            await File.WriteAllTextAsync(path, Content(article, changed), Utf8, ct);
            times["change"].Add(await probe.WaitAsync(changed, id, present: true, context.Time.GetTimestamp()));

            File.Delete(path);
            times["delete"].Add(await probe.WaitAsync(changed, id, present: false, context.Time.GetTimestamp()));
            if ((i + 1) % 25 == 0)
            {
                context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  freshness: {i + 1}/{o.FreshnessFiles} files created, changed and deleted ({context.Since(start).TotalSeconds:F0} s)"));
            }
        }

        var elapsed = context.Since(start);
        WrkResult? loadResult = null;
        if (load is not null)
        {
            load.Signal("INT");
            var output = await load.WaitAsync(ct);
            var file = context.OutFile($"wrk-freshness-load-c{o.FreshnessLoad}.txt");
            await File.WriteAllTextAsync(file, output.Stdout + output.Stderr, ct);
            loadResult = WrkRunner.Parse("load", o.FreshnessLoad, output.Stdout, file, countsResponses: true);
        }

        Directory.Delete(folder);
        await service.StopAsync(TimeSpan.FromMinutes(2), ct);
        return new FreshnessResult(Summary(times["create"]), Summary(times["change"]), Summary(times["delete"]), loadResult, status.Documents, FreshnessProbe.PollInterval, elapsed);
    }

    /// <summary>A title line, the article, and the marker as the last paragraph.</summary>
    private static string Content(BenchDocument article, string marker) =>
        (article.Title.Length > 0 ? article.Title : "freshness") + "\n\n" + article.Text + "\n\n" + marker;

    private static FreshnessSummary Summary(List<double?> values)
    {
        var seen = values.Where(v => v is not null).Select(v => v!.Value).Order().ToList();
        return new FreshnessSummary(values.Count, values.Count - seen.Count, Percentiles.Of(seen, 50), Percentiles.Of(seen, 95), seen.Count > 0 ? seen[^1] : 0);
    }
}
