using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchService.Api.Hosting;

namespace SearchService.Api.Documentation;

/// <summary>
/// Describes the Prometheus scrape endpoint, which the API explorer cannot see (the exporter maps a plain request
/// delegate), at the path and on the port it was configured with; nothing while metrics are off.
/// </summary>
internal sealed class MetricsEndpointTransformer(MetricsOptions metrics) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (!metrics.Enabled)
        {
            return Task.CompletedTask;
        }

        var (arabicPort, englishPort) = metrics.Port is { } port
            ? (Invariant($" تجيب على المنفذ {port} وحده (Metrics:Port)."), Invariant($" It answers on port {port} only (Metrics:Port)."))
            : (string.Empty, string.Empty);
        document.Paths[metrics.Path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = "Metrics",
                    Summary = "Prometheus metrics: HTTP requests, searches and indexing",
                    Description = "مقاييس الخدمة بصيغة Prometheus النصية: الطلبات والبحث والفهرسة." + arabicPort + "\n\n"
                        + "The service's metrics in Prometheus text format, for a scraper: HTTP request durations by route "
                        + "and status, searches by outcome and duration, and indexing (see the README's Metrics)." + englishPort,
                    Tags = new HashSet<OpenApiTagReference> { new("Status", document) },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "OK",
                            Content = new Dictionary<string, OpenApiMediaType>
                            {
                                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                            },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
