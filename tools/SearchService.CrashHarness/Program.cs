using System.Diagnostics;
using System.Globalization;
using SearchService.CrashHarness;

// Crash-safety harness: see docs/reliability.md.
var options = HarnessOptions.Parse(args);
if (!File.Exists(options.ServiceDll))
{
    Console.Error.WriteLine($"{options.ServiceDll} is missing: run 'dotnet build -c Release src/SearchService.Api' first.");
    return 2;
}

var work = options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "searchservice-crash-" + options.Seed.ToString(CultureInfo.InvariantCulture));
var documents = Path.Combine(work, "docs");
var index = Path.Combine(work, "index");
var log = Path.Combine(work, "service.log");
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

Directory.CreateDirectory(documents);
var random = new Random(options.Seed);
Console.WriteLine($"seed {options.Seed}, {options.Runs} runs ({options.Mode}), {options.Documents} documents, work folder {work}");

var clock = Stopwatch.StartNew();
var articles = Corpus.Load(options.CorpusFolder, options.Documents);
var model = new FolderModel(documents, articles, random);
model.Populate(options.Documents);
Console.WriteLine($"wrote {model.Markers.Count} files in {clock.Elapsed.TotalSeconds:F1} s");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var results = new List<RunResult>();
var crash = new CrashRun(options, model, index, log, random);
Console.WriteLine("| run | kill during | kills | kill moment | changes | ready after restart | run time | files | documents | lost | stale | extra | duplicate hits | failures |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (var run = 1; run <= options.Runs && !cancel.IsCancellationRequested; run++)
{
    var mode = options.Mode != "mixed" ? options.Mode : run % 2 == 1 ? "initial" : "changes";
    var r = await crash.ExecuteAsync(run, mode, cancel.Token);
    results.Add(r);
    var v = r.Verification;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Run} | {r.Mode} | {r.Kills} | {r.KillMoment} | {r.Operations} | {r.Recovery.TotalSeconds:F1} s | {r.Total.TotalSeconds:F1} s | {v.Files} | {v.Documents} | {v.Lost} | {v.Stale} | {v.Extra} | {v.DuplicateHits} | {v.Failures} |"));
    if (model.CountOnDisk() != model.Markers.Count)
    {
        Console.Error.WriteLine($"the folder model drifted from the disk: {model.CountOnDisk()} files vs {model.Markers.Count}");
        return 3;
    }
}

var clean = results.Count(r => r.Verification.Clean);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"runs {results.Count} ({results.Count(r => r.Mode == "initial")} during the initial pass, {results.Count(r => r.Mode == "changes")} during changes, {results.Count(r => r.Mode == "rebuild")} during a rebuild), " +
    $"kills {results.Sum(r => r.Kills)}, clean runs {clean}, lost {results.Sum(r => r.Verification.Lost)}, stale {results.Sum(r => r.Verification.Stale)}, " +
    $"extra/duplicated {results.Sum(r => r.Verification.Extra)}, duplicate hits {results.Sum(r => r.Verification.DuplicateHits)}, " +
    $"changes {results.Sum(r => r.Operations)}, mean run {(results.Count == 0 ? 0 : results.Average(r => r.Total.TotalSeconds)):F1} s, total {clock.Elapsed.TotalMinutes:F1} min"));

if (!options.KeepWorkFolder && clean == results.Count)
{
    Directory.Delete(work, recursive: true);
}
else
{
    Console.WriteLine($"kept {work} (service log: {log})");
}

return clean == results.Count ? 0 : 1;
