using System.Text.Json.Serialization;
using Scalar.AspNetCore;
using SearchService.Api.Documentation;

namespace SearchService.Api.Hosting;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and the interactive reference page over it (<c>/docs</c>).
/// Both are built by the app from its own endpoints and settings; the page's scripts are embedded in Scalar's
/// assembly and nothing is fetched from another origin.</summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/v1.json";

    public const string ReferencePath = "/docs";

    // Each paragraph and cell takes the direction of its first letter, so Arabic reads right to left beside English.
    private const string BidiCss = "p, li, td, th, h1, h2, h3 { unicode-bidi: plaintext; text-align: start; }";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<ServiceDescriptionTransformer>();
            options.AddDocumentTransformer<AdminKeyTransformer>();
            options.AddDocumentTransformer<MetricsEndpointTransformer>();
            options.AddOperationTransformer<SearchLimitsTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
        });

        // The API reads no JSON, and it writes numbers as numbers: without this the document would type every
        // integer as "integer or numeric string", the web defaults' reading leniency.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services;
    }

    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("SearchService API")
            .WithOpenApiRoutePattern(DocumentPath)
            .WithNonce()
            .WithCustomCss(BidiCss)
            .HideDeveloperTools() // its Share and Generate SDK buttons would send the document to Scalar's services
            .HideClientButton() // a link to Scalar's hosted client, which would fetch the document from there
            .DisableDefaultFonts() // Inter and JetBrains Mono would come from Scalar's CDN
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .WithProxy(string.Empty)) // "try it" requests go straight to this service, never through Scalar's proxy
            .WithReferencePagePolicy();
        return app;
    }
}
