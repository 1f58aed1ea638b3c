using System.CommandLine;
using System.Globalization;
using SearchService.Core.Indexing;
using SearchService.Worker;

namespace SearchService.Api.Cli;

/// <summary><c>verify</c>: what a reconcile would change, without changing it. The folder's files against the
/// index's last commit (read-only, so a service may run meanwhile): missing (a file not in the index, or one that
/// could not be read), stale (changed since indexed) and extra (indexed, its file gone). Exit code 0 when in step.</summary>
internal static class VerifyVerb
{
    public static Command Create(string[] configuration)
    {
        var command = new Command("verify", "Check the index against the documents folder and list missing, stale and extra documents: exit 0 when in step, 1 otherwise.");
        command.SetAction((_, cancellationToken) => VerbHost.RunAsync(
            configuration, IndexAccess.ReadOnly, services => Task.FromResult(Run(services)), cancellationToken));
        return command;
    }

    private static int Run(IServiceProvider services)
    {
        var paths = services.GetRequiredService<IndexPaths>();
        var indexed = services.GetRequiredService<SearcherSource>().ReadFingerprints();
        var onDisk = FolderScan.Files(paths.DocumentsRoot, paths.DocumentsRoot);
        var differences = FolderComparison.Of(onDisk, indexed);

        foreach (var (kind, ids) in new[] { ("missing", differences.Missing), ("stale", differences.Stale), ("extra", differences.Extra) })
        {
            foreach (var id in ids)
            {
                Console.WriteLine($"{kind}: {id}");
            }
        }

        var counts = string.Create(CultureInfo.InvariantCulture, $"{onDisk.Count:N0} files, {indexed.Count:N0} documents");
        Console.WriteLine(differences.InStep
            ? $"in step: {counts}"
            : string.Create(CultureInfo.InvariantCulture,
                $"not in step: {differences.Missing.Count} missing, {differences.Stale.Count} stale, {differences.Extra.Count} extra ({counts}); the service's next reconcile, or the index command, repairs it"));
        return differences.InStep ? ExitCodes.Success : ExitCodes.Failure;
    }
}
