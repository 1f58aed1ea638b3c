using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchService.Core.Search;

namespace SearchService.Api.Documentation;

/// <summary>
/// Puts the configured <see cref="SearchLimits"/> on the query parameters that they bound, as schema constraints a
/// client can check before sending. <c>page</c> and <c>size</c> are bound as strings (so that <c>size=abc</c> gets
/// our 400 message, not the framework's) but are integers on the wire contract.
/// </summary>
internal sealed class SearchLimitsTransformer(SearchLimits limits) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query)
            {
                continue;
            }

            switch (parameter.Name)
            {
                case "q":
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = limits.MaxQueryLength };
                    break;
                case "page":
                    parameter.Schema = Integer(1, limits.MaxResultWindow, 1);
                    break;
                case "size":
                    parameter.Schema = Integer(1, limits.MaxPageSize, Endpoints.SearchEndpoints.DefaultPageSize(limits));
                    break;
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int minimum, int maximum, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(fallback),
    };
}
