using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>Adds the metrics port to the addresses the server listens on, on each host it already listens on
/// (loopback stays loopback), keeping those addresses whichever way they were given: urls, or the HTTP(S) ports the
/// container images set.</summary>
internal static class MetricsPort
{
    public static void ListenAlsoOn(IWebHostBuilder web, int port)
    {
        var main = MainUrls(web);
        var addresses = main.Select(BindingAddress.Parse).ToList();
        if (addresses.Any(a => a.Port == port))
        {
            throw new OptionsValidationException(MetricsOptions.Section, typeof(MetricsOptions),
                [$"Metrics:Port {port} is a port the service already listens on ({string.Join(", ", main)}); choose another, or unset it to serve the metrics there."]);
        }

        var added = addresses.Select(a => $"http://{a.Host}:{port}").Distinct(StringComparer.OrdinalIgnoreCase);
        web.UseUrls([.. main, .. added]);

        // The ports are now in the urls, which take precedence: cleared, so the host does not warn it ignores them.
        web.UseSetting(WebHostDefaults.HttpPortsKey, "");
        web.UseSetting(WebHostDefaults.HttpsPortsKey, "");
    }

    // The order Kestrel follows: urls; else the HTTP and HTTPS ports on every address; else its default.
    private static List<string> MainUrls(IWebHostBuilder web)
    {
        if (Split(web.GetSetting(WebHostDefaults.ServerUrlsKey)) is { Count: > 0 } urls)
        {
            return urls;
        }

        List<string> ports =
        [
            .. Split(web.GetSetting(WebHostDefaults.HttpPortsKey)).Select(p => $"http://*:{p}"),
            .. Split(web.GetSetting(WebHostDefaults.HttpsPortsKey)).Select(p => $"https://*:{p}"),
        ];
        return ports.Count > 0 ? ports : ["http://localhost:5000"];
    }

    private static List<string> Split(string? value) =>
        [.. (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
