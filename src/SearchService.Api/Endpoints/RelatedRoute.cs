using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace SearchService.Api.Endpoints;

/// <summary>
/// <c>/api/documents/{id}/related</c>, where an id may itself hold slashes. A catch-all can only end a route, so the
/// related route is the catch-all with a constraint (the value ends in <c>/related</c>), which routing tries before
/// the plain document route; no document id ends so (ids end in a file extension). The OpenAPI document is told
/// the path as readers write it.
/// </summary>
internal static class RelatedRoute
{
    public const string ConstraintName = "relatedsuffix";

    public const string Suffix = "/related";

    /// <summary>The route within the documents group.</summary>
    public const string Pattern = "/{**id:" + ConstraintName + "}";

    public const string DocumentedPath = "api/documents/{id}/related";

    public static IServiceCollection AddRelatedRoute(this IServiceCollection services)
    {
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<SuffixConstraint>(ConstraintName));
        services.AddSingleton<IApiDescriptionProvider, DocumentedPathProvider>();
        return services;
    }

    /// <summary>The document id inside a matched value ("sub/a.txt/related" → "sub/a.txt").</summary>
    public static string IdOf(string value) => value[..^Suffix.Length];

    /// <summary>Marks the endpoint whose documented path is <see cref="DocumentedPath"/>.</summary>
    internal sealed class Marker;

    private sealed class SuffixConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            values.TryGetValue(routeKey, out var value) && value is string text
            && text.Length > Suffix.Length && text.EndsWith(Suffix, StringComparison.Ordinal);
    }

    private sealed class DocumentedPathProvider : IApiDescriptionProvider
    {
        // After the minimal-API provider has described the endpoint.
        public int Order => 0;

        public void OnProvidersExecuting(ApiDescriptionProviderContext context)
        {
        }

        public void OnProvidersExecuted(ApiDescriptionProviderContext context)
        {
            foreach (var description in context.Results.Where(d => d.ActionDescriptor.EndpointMetadata.OfType<Marker>().Any()))
            {
                description.RelativePath = DocumentedPath;
            }
        }
    }
}
