using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Worker.Status;
using SearchService.Core.Indexing;

namespace SearchService.Api.Endpoints;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", GetStatus).WithTags("Status").WithName("GetStatus")
            .WithSummary("Indexing state, document count, progress, pending changes and failures");

        // Alive: the process answers. Ready: the first pass over the folder is committed and searchable.
        app.MapGet("/healthz", () => TypedResults.Ok("alive")).WithTags("Status").ExcludeFromDescription();
        app.MapGet("/readyz", Ready).WithTags("Status").ExcludeFromDescription();
        return app;
    }

    public static Ok<StatusResponse> GetStatus(IndexStatus status, IndexStore store) =>
        TypedResults.Ok(new StatusResponse(
            status.State switch { IndexState.Ready => "ready", IndexState.Rebuilding => "rebuilding", _ => "indexing" },
            store.Searchers.DocumentCount,
            status.Pending,
            status.LastChange,
            status.LastReconcile,
            store.SizeOnDisk(),
            new ProgressResponse(status.PassProcessed, status.PassTotal, status.PassStarted),
            status.RebuildReason,
            [.. status.Failures.Select(f => new FailureResponse(f.Id, f.Reason, f.At))]));

    public static Results<Ok<string>, ProblemHttpResult> Ready(IndexStatus status) =>
        status.IsReady
            ? TypedResults.Ok("ready")
            : TypedResults.Problem("The initial indexing pass is still running.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
}
