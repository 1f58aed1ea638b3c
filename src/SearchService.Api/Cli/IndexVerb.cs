using System.CommandLine;
using System.Globalization;
using SearchService.Core.Indexing;
using SearchService.Worker;
using SearchService.Worker.Status;

namespace SearchService.Api.Cli;

/// <summary><c>index</c>: brings the index in step with the documents folder once (the reconcile the service runs
/// at start, rebuild included), then exits. It takes the index as its writer, so it refuses while a service holds it.</summary>
internal static class IndexVerb
{
    public static Command Create(string[] configuration)
    {
        var command = new Command("index", "Bring the index in step with the documents folder once, then exit: 0 when done, 1 when it could not be (for one, a service holds the index).");
        command.SetAction((_, cancellationToken) => VerbHost.RunAsync(
            configuration, IndexAccess.ReadWrite, services => RunAsync(services, cancellationToken), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IndexStore>();
        var pass = services.GetRequiredService<FolderPass>();
        var status = services.GetRequiredService<IndexStatus>();
        var paths = services.GetRequiredService<IndexPaths>();
        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetTimestamp();

        if (store.Rebuilding)
        {
            status.BeginRebuild(store.RebuildReason!);
            Console.WriteLine($"rebuilding: {store.RebuildReason}");
        }

        int changed;
        await using (IndexProgress.Start(status, Console.Out, terminal: !Console.IsOutputRedirected, time))
        {
            changed = await pass.RunAsync(force: store.Rebuilding, cancellationToken).ConfigureAwait(false);
        }

        // What the service would merge at its next start is merged now: searches are faster on fewer segments.
        if (store.SegmentCount > IndexingWorker.CompactAboveSegments)
        {
            store.Compact();
        }

        var now = status.Snapshot();
        foreach (var failure in now.Failures)
        {
            await Console.Error.WriteLineAsync($"skipped: {failure.Id}: {failure.Reason}").ConfigureAwait(false);
        }

        var read = now.PassTotal;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in step: {read:N0} files read, {changed - read:N0} documents removed, {now.Failures.Count:N0} skipped; {store.DocumentCount:N0} documents in '{paths.IndexRoot}' ({time.GetElapsedTime(started).TotalSeconds:F1} s)"));
        return ExitCodes.Success;
    }
}
