using System.Globalization;

namespace SearchService.Api.Hosting;

/// <summary>
/// `dotnet SearchService.Api.dll --healthcheck`: asks the running service on this machine whether it is ready.
/// The Docker HEALTHCHECK uses it because the aspnet image has no curl or wget.
/// </summary>
public static class HealthCheckProbe
{
    public const string Argument = "--healthcheck";

    public static bool IsRequested(string[] args) => args.Contains(Argument, StringComparer.Ordinal);

    /// <returns>0 when /readyz answers 200, otherwise 1 (the exit codes Docker expects).</returns>
    public static Task<int> RunAsync() =>
        ProbeAsync(new Uri($"http://127.0.0.1:{Port(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"))}/readyz"));

    internal static async Task<int> ProbeAsync(Uri readyz)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(readyz);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }

    // ASPNETCORE_HTTP_PORTS may list several ports ("8080;8081"); the first one is enough to ask.
    internal static int Port(string? httpPorts)
    {
        var first = httpPorts?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : 8080;
    }
}
