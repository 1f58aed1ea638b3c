using System.CommandLine;
using System.Globalization;
using SearchService.Api.Contracts;
using SearchService.Core.Indexing;
using SearchService.Worker;

namespace SearchService.Api.Cli;

/// <summary><c>status [--json]</c>: what <c>/api/status</c> says that the index on disk can tell (documents, size,
/// segments, generation, last commit), read-only, so it also answers beside a running service.</summary>
internal static class StatusVerb
{
    public static Command Create(string[] configuration)
    {
        var json = new Option<bool>("--json") { Description = "Print it as JSON, with /api/status's names." };
        var command = new Command("status", "Describe the index on disk: documents, size, segments, generation, last commit, and whether a service holds it.") { json };
        command.SetAction((parse, cancellationToken) => VerbHost.RunAsync(
            configuration, IndexAccess.ReadOnly, services => Task.FromResult(Run(services, parse.GetValue(json))), cancellationToken));
        return command;
    }

    private static int Run(IServiceProvider services, bool json)
    {
        var root = services.GetRequiredService<IndexPaths>().IndexRoot;
        var info = StoredIndex.Describe(root, services.GetRequiredService<SearcherSource>());
        var status = new StoredIndexResponse(root, info.Generation, info.Documents, info.SizeBytes, info.Segments, info.LastCommit, info.InUse);
        if (json)
        {
            ApiJson.Print(services, status);
            return ExitCodes.Success;
        }

        var lastCommit = status.LastCommit is { } at ? at.ToString("u", CultureInfo.InvariantCulture) : "unknown";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            index:       {status.IndexPath} ({status.Generation})
            documents:   {status.Documents:N0}
            size:        {Size(status.IndexSizeBytes)} ({status.IndexSizeBytes:N0} bytes)
            segments:    {status.Segments}
            last commit: {lastCommit}
            in use:      {(status.InUse ? "yes: a service (or the index verb) holds it and may commit more" : "no")}
            """));
        return ExitCodes.Success;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
        < 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):F1} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):F2} GB"),
    };
}
