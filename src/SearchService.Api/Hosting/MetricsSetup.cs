using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using SearchService.Api.Endpoints;
using SearchService.Worker.Metrics;

namespace SearchService.Api.Hosting;

/// <summary>
/// Prometheus metrics through OpenTelemetry: the service's own meter (<see cref="SearchServiceMeter"/>) and ASP.NET
/// Core's HTTP server meter (request duration by route and status), scraped at <see cref="MetricsOptions.Path"/>.
/// </summary>
public static class MetricsSetup
{
    /// <summary>The HTTP server's meter: <c>http.server.request.duration</c> with route and status code.</summary>
    private const string AspNetCoreHostingMeter = "Microsoft.AspNetCore.Hosting";

    public static WebApplicationBuilder AddPrometheusMetrics(this WebApplicationBuilder builder)
    {
        var options = MetricsOptions.Read(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SearchMetrics>(); // recorded whether exported or not: without a listener it costs nothing
        if (!options.Enabled)
        {
            return builder;
        }

        if (options.Port is { } port)
        {
            MetricsPort.ListenAlsoOn(builder.WebHost, port);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("searchservice"))
            .WithMetrics(metrics => metrics
                .AddMeter(SearchServiceMeter.Name, AspNetCoreHostingMeter)
                .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The scrape endpoint, left out of the HTTP metrics (a scrape would otherwise count itself) and of the
    /// per-client rate limit (Prometheus scrapes from one address); the API description has it from
    /// <see cref="Documentation.MetricsEndpointTransformer"/>.</summary>
    public static WebApplication MapPrometheusMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<MetricsOptions>();
        if (!options.Enabled)
        {
            return app;
        }

        var endpoint = app.MapPrometheusScrapingEndpoint(options.Path)
            .DisableHttpMetrics()
            .DisableRateLimiting()
            .ExcludeFromDescription();
        if (options.Port is { } port)
        {
            endpoint.RequireHost($"*:{port}");
        }

        return app;
    }
}
