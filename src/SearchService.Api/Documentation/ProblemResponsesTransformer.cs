using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SearchService.Api.Hosting;

namespace SearchService.Api.Documentation;

/// <summary>
/// The problem answers that come from the pipeline rather than from a handler: 429 from the rate limiter on the
/// endpoints that opt into it (while it is on), and 500 from the exception handler on every endpoint.
/// </summary>
internal sealed class ProblemResponsesTransformer(IOptions<RateLimitOptions> rateLimit) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var problem = await ProblemSchemaAsync(context, cancellationToken).ConfigureAwait(false);
        operation.Responses ??= [];
        var limited = context.Description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any();
        var rate = rateLimit.Value;
        if (limited && rate.RequestsPerSecond > 0)
        {
            var response = Problem(problem, string.Create(
                CultureInfo.InvariantCulture,
                $"طلبات كثيرة من العنوان نفسه: انتظر ثوانيَ Retry-After ثم أعد المحاولة.\n\nToo many requests from this client address (over {rate.RequestsPerSecond} a second, bursts of {rate.Burst}); retry after the Retry-After header's seconds."));
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "الثواني قبل إعادة المحاولة.\n\nSeconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                },
            };
            operation.Responses[StatusCodes.Status429TooManyRequests.ToString(CultureInfo.InvariantCulture)] = response;
        }

        operation.Responses[StatusCodes.Status500InternalServerError.ToString(CultureInfo.InvariantCulture)] = Problem(
            problem, "عطل غير متوقع في الخدمة (يُسجَّل).\n\nAn unexpected fault in the service (it is logged).");
    }

    /// <summary>A reference to the one ProblemDetails component that the handlers' declared problems use too.</summary>
    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The operation has no document.");
        if (document.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) != true)
        {
            document.AddComponent(nameof(ProblemDetails), await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken).ConfigureAwait(false));
        }

        return new OpenApiSchemaReference(nameof(ProblemDetails), document);
    }

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemResponseExtensions.ProblemContentType] = new() { Schema = schema },
        },
    };
}
