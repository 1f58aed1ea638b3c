using SearchService.Api.Endpoints;
using SearchService.Api.Hosting;

namespace SearchService.Api;

/// <summary>Builds the web host: used by Program and by the tests, so both run the same thing.</summary>
public static class SearchServiceApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSearchService();
        builder.Services.AddReadableJson();
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapSearch();
        app.MapDocuments();
        app.MapStatus();
        app.MapAdmin();
        return app;
    }
}
