using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Measuring;

/// <summary>The commit the figures belong to, from git in the checkout the tool was built in.</summary>
internal sealed record SourceVersion(string Commit, string Branch, bool Dirty)
{
    public override string ToString() => $"{Commit} ({Branch}){(Dirty ? ", with uncommitted changes" : string.Empty)}";

    public static async Task<SourceVersion> ReadAsync(string? repositoryRoot, CancellationToken cancellationToken)
    {
        if (repositoryRoot is null)
        {
            return new SourceVersion("unknown", "unknown", false);
        }

        try
        {
            var commit = await GitAsync(repositoryRoot, ["rev-parse", "--short", "HEAD"], cancellationToken);
            var branch = await GitAsync(repositoryRoot, ["rev-parse", "--abbrev-ref", "HEAD"], cancellationToken);
            var status = await GitAsync(repositoryRoot, ["status", "--porcelain", "--untracked-files=no"], cancellationToken);
            return new SourceVersion(commit, branch, status.Length > 0);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return new SourceVersion("unknown", "unknown", false);
        }
    }

    private static async Task<string> GitAsync(string root, string[] arguments, CancellationToken cancellationToken) =>
        (await ChildProcess.RunAsync("git", ["-C", root, .. arguments], cancellationToken)).Stdout.Trim();
}
