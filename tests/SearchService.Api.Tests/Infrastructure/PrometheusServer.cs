using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>
/// Debian's Prometheus (<c>apt-get install prometheus</c>) as a child process on a loopback port, scraping one target
/// every second, with its configuration and storage in a temp folder. Killed, and its folder removed, on dispose.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    public const string Executable = "/usr/bin/prometheus";

    public const string MissingMessage = "Prometheus is not installed (apt-get install prometheus; .ci/run installs it).";

    private readonly Process process;
    private readonly string folder;

    private PrometheusServer(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public static bool IsInstalled => File.Exists(Executable);

    public HttpClient Client { get; }

    /// <summary>The job name the target's series carry.</summary>
    public const string Job = "searchservice";

    public static PrometheusServer Start(Uri target, string metricsPath = "/metrics")
    {
        var folder = Path.Combine(Path.GetTempPath(), "searchservice-tests", "prometheus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "prometheus.yml");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: {Job}
                metrics_path: {metricsPath}
                static_configs:
                  - targets: ['{target.Host}:{target.Port}']
            """));

        var port = ChildService.FreePort();
        var log = Path.Combine(folder, "prometheus.log");
        string[] args =
        [
            $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
        ];

        // exec: the shell becomes Prometheus, so the pid killed is its own; its output goes to a file.
        var command = $"exec {Executable} " + string.Join(' ', args.Select(a => $"'{a}'")) + $" >> '{log}' 2>&1";
        var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start Prometheus");
        return new PrometheusServer(process, folder, port);
    }

    /// <summary>An instant PromQL query over the HTTP API: the <c>data.result</c> array.</summary>
    public async Task<JsonElement> QueryAsync(string promql)
    {
        Assert.False(process.HasExited, $"Prometheus exited: {LogTail()}");
        try
        {
            using var response = await Client.GetAsync(new Uri("api/v1/query?query=" + Uri.EscapeDataString(promql), UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return default;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("data").GetProperty("result").Clone();
        }
        catch (HttpRequestException)
        {
            return default; // not listening yet
        }
    }

    public string LogTail()
    {
        var log = Path.Combine(folder, "prometheus.log");
        return File.Exists(log) ? string.Concat(File.ReadAllText(log).TakeLast(2000)) : "(no log)";
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
