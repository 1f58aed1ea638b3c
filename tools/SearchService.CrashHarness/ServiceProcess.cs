using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SearchService.CrashHarness;

/// <summary>The Release build of the service as a child process on a loopback port, its output in a log file.</summary>
internal sealed class ServiceProcess : IDisposable
{
    /// <summary>Lets the harness start <c>POST /api/index/rebuild</c> and kill the service during it.</summary>
    public const string AdminKey = "crash-harness-admin-key";

    private readonly Process process;

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public int Id => process.Id;

    public static ServiceProcess Start(HarnessOptions options, string documents, string index, string log)
    {
        // exec: the shell becomes the service, so the pid we kill is the service's own. The rate limit is off: the
        // verification fetches every document from one address, far beyond what a person's searches would.
        var command = string.Create(CultureInfo.InvariantCulture,
            $"exec dotnet '{options.ServiceDll}' --urls http://127.0.0.1:{options.Port} --Search:DocumentsPath '{documents}' --Search:IndexPath '{index}' --Search:AdminApiKey {AdminKey} --RateLimit:RequestsPerSecond 0 >> '{log}' 2>&1");
        var info = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the service");
        return new ServiceProcess(process, new Uri($"http://127.0.0.1:{options.Port}/"));
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public bool HasExited => process.HasExited;

    /// <summary>Indexing progress (processed, total) and whether ready, or null while the service is not answering.</summary>
    public async Task<(long Processed, int Total, bool Ready)?> ProgressAsync(CancellationToken ct)
    {
        try
        {
            using var response = await Client.GetAsync(new Uri("api/status", UriKind.Relative), ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var progress = json.RootElement.GetProperty("progress");
            return (progress.GetProperty("processed").GetInt64(), progress.GetProperty("total").GetInt32(),
                json.RootElement.GetProperty("state").GetString() == "ready");
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public async Task RequestRebuildAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
        request.Headers.Add("X-Api-Key", AdminKey);
        using var response = await Client.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"the rebuild request answered {(int)response.StatusCode}");
        }
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with code {process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("readyz", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"the service was not ready within {timeout.TotalSeconds} s");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        Client.Dispose();
        process.Dispose();
    }
}
