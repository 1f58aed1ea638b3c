using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Core.Querying;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/documents")
            .WithTags("Documents")
            .RequireRateLimiting(Hosting.RateLimiting.PerClient)
            .MapGet("/{**id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("One whole document and its metadata; with q, its text with the query's words marked");
        return app;
    }

    /// <summary>Looks the id up in the index only: an id never reaches the file system.</summary>
    public static Results<Ok<DocumentResponse>, ProblemHttpResult> GetDocument(
        string id, SearchEngine engine, SearchLimits limits, string? q = null)
    {
        if (q is not null && q.Length > limits.MaxQueryLength)
        {
            return TypedResults.Problem("الاستعلام طويل جدًا.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var result = engine.Get(id, q);
            if (result is null)
            {
                return TypedResults.Problem("لا توجد وثيقة بهذا المعرّف. (No document with this id.)", statusCode: StatusCodes.Status404NotFound, title: "Document not found");
            }

            var (d, title, text) = (result.Document, result.Title, result.Text);
            return TypedResults.Ok(new DocumentResponse(
                d.Id,
                d.Title,
                title is null ? null : FragmentHtml.Render(title),
                title is null ? null : MarkedPart.From(title.Parts),
                d.Text,
                text is null ? null : FragmentHtml.Render(text),
                text is null ? null : MarkedPart.From(text.Parts),
                d.Id,
                d.Modified,
                d.Length,
                d.Date,
                d.Url,
                d.Source,
                d.Description,
                d.Tags));
        }
        catch (QueryParseException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request");
        }
    }
}
