using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Documentation;
using SearchService.Api.Contracts;
using SearchService.Api.Hosting;
using SearchService.Core.Indexing;
using SearchService.Worker.Status;

namespace SearchService.Api.Endpoints;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", GetStatus).WithTags("Status").WithName("GetStatus")
            .WithSummary("Indexing state, document count, progress, pending changes, errors and failures")
            .WithDescription(
                "حالة الفهرس: indexing أثناء المرور الأول، وready حين يطابق المجلد، وrebuilding أثناء إعادة البناء، وfailing "
                + "حين يتعذر تحديثه (والبحث مستمر من آخر حفظ).\n\n"
                + "`state` is `indexing` during the first pass over the folder, `ready` once the index matches it, "
                + "`rebuilding` while a new index is built beside the current one (`rebuildReason`, `progress`), and "
                + "`failing` while the index cannot be updated (`error` says why; searches answer from its last commit).");

        // Alive: the process answers. Ready: searches see the whole folder and the index can be updated.
        app.MapGet("/healthz", () => TypedResults.Ok("alive")).WithTags("Status").WithName("Healthz")
            .WithSummary("Liveness: 200 while the process is up")
            .WithDescription("الخدمة تعمل.\n\nThe process is up (it does not look at the index).");
        app.MapGet("/readyz", Ready).WithTags("Status").WithName("Readyz")
            .WithSummary("Readiness: 200 while searches see the whole folder and the index can be updated")
            .WithDescription(
                "جاهزة: اكتمل المرور الأول على المجلد ويمكن تحديث الفهرس.\n\nReady once the first pass over the folder is "
                + "committed, and during a rebuild of a ready index.")
            .WithProblem(StatusCodes.Status503ServiceUnavailable,
                "غير جاهزة: الفهرس لم يطابق المجلد بعد، أو يتعذر تحديثه (انظر /api/status)، أو الخدمة تتوقف.\n\nNot ready: "
                + "the index is not yet in step with the folder, or cannot be updated (see /api/status), or the service "
                + "is stopping (it drains: searches are still answered until it closes).");
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

    public static Results<Ok<string>, ProblemHttpResult> Ready(IndexStatus status, ShutdownDrain drain)
    {
        // A stopping replica leaves its balancer first; it keeps answering searches meanwhile.
        if (drain.IsDraining)
        {
            return TypedResults.Problem(
                "The service is stopping: it finishes the requests it has and takes no new ones from a balancer.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Draining");
        }

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
