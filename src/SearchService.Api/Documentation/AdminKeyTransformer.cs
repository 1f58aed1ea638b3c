using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchService.Api.Endpoints;

namespace SearchService.Api.Documentation;

/// <summary>
/// Describes the admin key as an API-key security scheme rather than as a plain header parameter, so a client (and
/// the reference page's "Authentication" box) knows it is a credential. The endpoint is described whether or not a
/// key is configured: it is always mapped, and answers 404 while disabled.
/// </summary>
internal sealed class AdminKeyTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "adminKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var operations = document.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .Where(operation => operation.Parameters?.Any(IsKeyHeader) == true)
            .ToList();
        if (operations.Count == 0)
        {
            return Task.CompletedTask;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AdminEndpoints.ApiKeyHeader,
            Description = "مفتاح الإدارة، قيمة الإعداد Search:AdminApiKey (16 حرفًا على الأقل).\n\nThe admin key: the value of the Search:AdminApiKey setting (at least 16 characters).",
        };
        foreach (var operation in operations)
        {
            var header = operation.Parameters!.First(IsKeyHeader);
            operation.Parameters!.Remove(header);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        }

        return Task.CompletedTask;
    }

    private static bool IsKeyHeader(IOpenApiParameter parameter) =>
        parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, AdminEndpoints.ApiKeyHeader, StringComparison.OrdinalIgnoreCase);
}
