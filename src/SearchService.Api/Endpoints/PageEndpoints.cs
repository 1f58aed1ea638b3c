namespace SearchService.Api.Endpoints;

/// <summary>Routes for the HTML pages that are not plain static files.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        // One article per URL (/documents/{id}); the page's script reads the id from its own path.
        app.MapGet("/documents/{**id}", ServeDocumentPage)
            .WithName("DocumentPage")
            .WithTags("Pages")
            .WithSummary("The reading page of one document (HTML; its script loads /api/documents/{id})")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        return app;
    }

    private static IResult ServeDocumentPage(IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("document.html");
        return page.Exists && page.PhysicalPath is not null
            ? TypedResults.PhysicalFile(page.PhysicalPath, "text/html; charset=utf-8")
            : TypedResults.NotFound();
    }
}
