using System.Diagnostics;
using System.Text;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>The program run with a verb, as an operator runs it: the build beside the tests in a process of its own,
/// its output redirected (so it prints plain lines, not a progress bar or terminal escapes).</summary>
public static class VerbProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    /// <summary>Runs the verb over the folders, given as configuration keys before the verb (so a key in
    /// <paramref name="args"/> overrides them, as the later of two keys does).</summary>
    public static Task<Result> RunAsync(TestFolders folders, params string[] args) =>
        RunAsync(["--Search:DocumentsPath", folders.Documents, "--Search:IndexPath", folders.Index, .. args], new Dictionary<string, string>(), folders.Root);

    public static async Task<Result> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SearchService.Api.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the program");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not exit within 60 s");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
