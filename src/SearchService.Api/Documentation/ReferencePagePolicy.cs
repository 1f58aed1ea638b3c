using Scalar.AspNetCore;

namespace SearchService.Api.Documentation;

/// <summary>
/// The reference page's own Content-Security-Policy. Scalar starts with an inline module script (allowed by the
/// per-request nonce Scalar puts on its script tags) and injects its styles at run time ('unsafe-inline' for styles
/// only). Everything else is as strict as the site's policy: no other origin may be reached for anything.
/// </summary>
internal static class ReferencePagePolicy
{
    public static string For(string nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Replaces the site-wide policy on the page's response, with the nonce Scalar chose for it.</summary>
    public static TBuilder WithReferencePagePolicy<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context).ConfigureAwait(false);
            if (context.HttpContext.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
            {
                context.HttpContext.Response.Headers.ContentSecurityPolicy = For(nonce);
            }

            return result;
        });
}
