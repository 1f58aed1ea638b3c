using System.Diagnostics;
using System.Text;

namespace SearchService.Benchmarks.Service;

/// <summary>
/// An external program (wrk, the Java peer, a Python helper, git) with its output captured. Ended only by the run
/// that started it, by its own pid.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private ChildProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public static ChildProcess Start(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(child.stdout, e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(child.stderr, e.Data);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"could not start {file}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to the end and returns its output; a non-zero exit is an error naming the program.</summary>
    public static async Task<ProcessOutput> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var child = Start(file, arguments, environment);
        var output = await child.WaitAsync(cancellationToken);
        return output.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {output.ExitCode}: {Tail(output.Stderr)}");
    }

    public async Task<ProcessOutput> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }

        process.WaitForExit(); // drains the redirected streams
        lock (stdout)
        {
            return new ProcessOutput(process.ExitCode, stdout.ToString(), stderr.ToString());
        }
    }

    /// <summary>Sends a signal by pid (SIGINT makes wrk stop and print its summary).</summary>
    public void Signal(string name)
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill?.WaitForExit();
        }
    }

    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (stdout)
        {
            target.Append(line).Append('\n');
        }
    }
}
