using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SearchService.Benchmarks.Service;

/// <summary>
/// The built service (<c>dotnet SearchService.Api.dll</c>) as a child process on a loopback port, as the crash
/// harness starts it: its own documents and index folders, its output appended to a log file.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    /// <summary>Fine enough for start-ups of seconds to minutes; every poll is a request the service handles (and,
    /// as shipped, logs in several lines) while it indexes, so polling faster would slow what is being timed.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process process;
    private readonly TimeProvider time;

    private ServiceProcess(Process process, Uri address, TimeProvider time)
    {
        this.process = process;
        this.time = time;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public int Id => process.Id;

    public static ServiceProcess Start(ServiceSettings settings, TimeProvider time)
    {
        // exec: the shell becomes the service, so the pid we sample and signal is the service's own.
        var command = string.Create(CultureInfo.InvariantCulture,
            $"exec dotnet '{settings.Dll}' --urls http://127.0.0.1:{settings.Port} --Search:DocumentsPath '{settings.Documents}' --Search:IndexPath '{settings.Index}' >> '{settings.Log}' 2>&1");
        var info = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["RateLimit__RequestsPerSecond"] = settings.RateLimit.ToString(CultureInfo.InvariantCulture);
        if (settings.LogLevel is { } level)
        {
            info.Environment["Logging__LogLevel__Default"] = level;
        }

        foreach (var (name, value) in settings.Ranking.Values)
        {
            info.Environment[$"Search__Ranking__{name}"] = value;
        }
        File.AppendAllText(settings.Log, $"==== start {DateTimeOffset.UtcNow:O}: {command}\n");
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the service");
        return new ServiceProcess(process, new Uri($"http://127.0.0.1:{settings.Port}/"), time);
    }

    /// <summary>Polls <c>/readyz</c> until 200 (the first pass is committed and searchable).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var start = time.GetTimestamp();
        while (time.GetElapsedTime(start) < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with code {process.ExitCode} before it was ready (see its log)");
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
                // not listening yet
            }

            await Task.Delay(PollInterval, time, ct);
        }

        throw new TimeoutException($"the service was not ready within {timeout.TotalSeconds} s");
    }

    public async Task<ServiceStatus> StatusAsync(CancellationToken ct)
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("api/status", UriKind.Relative), ct));
        var root = json.RootElement;
        return new ServiceStatus(
            root.GetProperty("state").GetString() ?? string.Empty,
            root.GetProperty("documents").GetInt32(),
            root.GetProperty("failures").GetArrayLength(),
            root.GetProperty("indexSizeBytes").GetInt64(),
            root.GetProperty("pending").GetInt32());
    }

    /// <summary>Polls <c>/api/status</c> until the index holds <paramref name="expected"/> documents (failures
    /// counted, so a file the service skips cannot stall the wait); returns the last status.</summary>
    public async Task<ServiceStatus> WaitForDocumentsAsync(int expected, TimeSpan timeout, CancellationToken ct)
    {
        var start = time.GetTimestamp();
        while (true)
        {
            var status = await StatusAsync(ct);
            if (status.Documents + status.Failures >= expected || time.GetElapsedTime(start) > timeout)
            {
                return status;
            }

            await Task.Delay(PollInterval, time, ct);
        }
    }

    /// <summary>SIGTERM, as a container stop sends it: the host shuts down and the writer commits and closes.</summary>
    public async Task StopAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync(ct);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill();
            await process.WaitForExitAsync(ct);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(); // SIGKILL: only on error paths; a measured run stops it with StopAsync
            process.WaitForExit();
        }

        Client.Dispose();
        process.Dispose();
    }
}
