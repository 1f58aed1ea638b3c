using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>
/// The service as a process of its own (the build beside the tests, started the way the crash harness starts it),
/// so a test can kill it with SIGKILL, which runs no shutdown code at all, and hold its folders from another process.
/// </summary>
public sealed class ChildService : IDisposable
{
    private readonly Process process;
    private readonly string log;

    private ChildService(Process process, Uri address, string log)
    {
        this.process = process;
        this.log = log;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public static ChildService Start(TestFolders folders, params string[] extraArgs)
    {
        var port = FreePort();
        var log = Path.Combine(folders.Root, "service.log");
        var dll = Path.Combine(AppContext.BaseDirectory, "SearchService.Api.dll");
        string[] args =
        [
            dll, "--urls", $"http://127.0.0.1:{port}", "--environment", "Production",
            "--Search:DocumentsPath", folders.Documents, "--Search:IndexPath", folders.Index,
            "--Search:DebounceMilliseconds", "100", "--RateLimit:RequestsPerSecond", "0", .. extraArgs,
        ];

        // exec: the shell becomes the service, so the pid killed is the service's own; its output goes to a file.
        var command = "exec dotnet " + string.Join(' ', args.Select(a => $"'{a}'")) + $" >> '{log}' 2>&1";
        var info = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the service");
        return new ChildService(process, new Uri($"http://127.0.0.1:{port}/"), log);
    }

    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null) =>
        await ServiceHost.PollAsync(
            async () =>
            {
                Assert.False(process.HasExited, $"the service exited: {LogTail()}");
                try
                {
                    using var response = await Client.GetAsync(new Uri("readyz", UriKind.Relative));
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            },
            "the child service to become ready",
            timeout ?? TimeSpan.FromSeconds(60));

    public async Task<JsonElement> StatusAsync() => await Client.GetFromJsonAsync<JsonElement>(new Uri("api/status", UriKind.Relative));

    /// <summary>SIGKILL, like a power cut for the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as <c>docker stop</c> and Kubernetes send it; true when the process exited within the time.</summary>
    public bool Terminate(TimeSpan within)
    {
        SendTerminate();
        return process.WaitForExit(within);
    }

    /// <summary>SIGTERM without waiting, to watch what the service does while it stops.</summary>
    public void SendTerminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    public bool WaitForExit(TimeSpan within) => process.WaitForExit(within);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything the service wrote to stdout and stderr so far.</summary>
    public string Log() => File.Exists(log) ? File.ReadAllText(log) : string.Empty;

    /// <summary>The log's entries, when the service logs JSON (<c>--Logging:Console:FormatterName json</c>).</summary>
    public List<JsonElement> LogEntries() =>
        [.. Log().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public static int EventId(JsonElement entry) => entry.GetProperty("EventId").GetInt32();

    public string LogTail() => File.Exists(log) ? string.Concat(File.ReadAllText(log).TakeLast(2000)) : "(no log)";

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        Client.Dispose();
        process.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
