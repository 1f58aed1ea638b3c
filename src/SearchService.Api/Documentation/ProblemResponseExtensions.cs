using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Documentation;

internal static class ProblemResponseExtensions
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Declares a problem-details answer with what it means for this endpoint, for the OpenAPI document
    /// (handlers return <c>ProblemHttpResult</c>, which carries no status code of its own).</summary>
    public static RouteHandlerBuilder WithProblem(this RouteHandlerBuilder builder, int statusCode, string description) =>
        builder.WithMetadata(new ProducesResponseTypeAttribute<ProblemDetails>(statusCode, ProblemContentType) { Description = description });
}
