using SearchService.Api.Endpoints;
using SearchService.Api.Hosting;

namespace SearchService.Api;

/// <summary>Builds the web host: used by Program and by the tests, so both run the same thing.</summary>
public static class SearchServiceApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = CreateBuilder(args);
        builder.Logging.AddReadableJsonConsole();
        builder.Services.AddSearchService();
        builder.Services.AddReadableJson();
        builder.Services.AddProblemDetails();
        builder.Services.AddPerClientRateLimiting();
        builder.Services.AddApiDocumentation();
        builder.Services.AddShutdownDrain();
        builder.WebHost.UseRequestLimits();
        builder.AddPrometheusMetrics();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapSearch();
        app.MapSuggest();
        app.MapDocuments();
        app.MapStatus();
        app.MapPages();
        app.MapAdmin();
        app.MapPrometheusMetrics();
        app.MapApiDocumentation();
        return app;
    }

    /// <summary>The configuration sources (appsettings.json, environment, command line) of the service, which the
    /// command-line verbs read too.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        // The page and appsettings.json ship next to the assembly, so they are found whatever the working directory
        // (repo root, tests, image). Relative folder settings are still taken from the working directory.
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
}
