using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Core.Indexing;
using SearchService.Worker.Status;

namespace SearchService.Api.Endpoints;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", GetStatus).WithTags("Status").WithName("GetStatus")
            .WithSummary("Indexing state, document count, progress, pending changes, errors and failures");

        // Alive: the process answers. Ready: searches see the whole folder and the index can be updated.
        app.MapGet("/healthz", () => TypedResults.Ok("alive")).WithTags("Status").ExcludeFromDescription();
        app.MapGet("/readyz", Ready).WithTags("Status").ExcludeFromDescription();
        return app;
    }

    public static Ok<StatusResponse> GetStatus(IndexStatus status, IndexStore store)
    {
        var now = status.Snapshot(); // one consistent view, whatever the worker does meanwhile
        return TypedResults.Ok(new StatusResponse(
            StateName(now.State),
            store.Searchers.DocumentCount,
            now.Pending,
            now.LastChange,
            now.LastReconcile,
            store.SizeOnDisk(),
            store.Searchers.SegmentCount,
            new ProgressResponse(now.PassProcessed, now.PassTotal, now.PassStarted),
            now.RebuildReason,
            now.Error is { } e ? new ErrorResponse(e.Reason, e.Since, e.Attempts, e.NextAttempt) : null,
            [.. now.Failures.Select(f => new FailureResponse(f.Id, f.Reason, f.At))]));
    }

    public static Results<Ok<string>, ProblemHttpResult> Ready(IndexStatus status)
    {
        var now = status.Snapshot();
        if (now.IsReady)
        {
            return TypedResults.Ok("ready");
        }

        var detail = now.State == IndexState.Failing
            ? "The index cannot be updated and recovery is being retried; searches use its last commit (see /api/status)."
            : "The index is not yet in step with the documents folder.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
    }

    private static string StateName(IndexState state) => state switch
    {
        IndexState.Ready => "ready",
        IndexState.Rebuilding => "rebuilding",
        IndexState.Failing => "failing",
        _ => "indexing",
    };
}
