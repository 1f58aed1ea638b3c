using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Contracts;
using SearchService.Api.Documentation;
using SearchService.Api.Hosting;
using SearchService.Worker.Queue;

namespace SearchService.Api.Endpoints;

public static class AdminEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/index")
            .WithTags("Admin")
            .MapPost("/rebuild", Rebuild)
            .WithName("RebuildIndex")
            .WithSummary("Re-reads and re-indexes every file of the folder (needs the admin API key in X-Api-Key)")
            .WithDescription(
                "يبني فهرسًا جديدًا من كل ملفات المجلد بجانب الحالي، ويستمر البحث في الحالي حتى يكتمل الجديد؛ تابع التقدم في "
                + "/api/status. تعمل فقط إذا ضُبط Search:AdminApiKey.\n\n"
                + "Builds a new index from every file beside the current one, which searches keep using until the new "
                + "one is complete; watch `progress` in /api/status. Enabled only when `Search:AdminApiKey` is set, "
                + "and the key goes in the `X-Api-Key` header.")
            .WithProblem(StatusCodes.Status401Unauthorized,
                "مفتاح الإدارة مفقود أو غير صحيح.\n\nThe X-Api-Key header is missing or wrong.")
            .WithProblem(StatusCodes.Status404NotFound,
                "معطّلة: لم يُضبط Search:AdminApiKey.\n\nDisabled: Search:AdminApiKey is not set.");
        return app;
    }

    /// <summary>
    /// Queues a rebuild for the worker (one writer, as always) and answers at once. Without a configured key the
    /// endpoint does not exist (404), so an unconfigured service offers nothing to guess at; a missing or wrong
    /// key is the same 401, so the answer tells nothing about the key.
    /// </summary>
    public static Results<Accepted<RebuildResponse>, ProblemHttpResult> Rebuild(
        [FromHeader(Name = ApiKeyHeader)] string? apiKey,
        IOptions<AdminOptions> options,
        ChangeQueue queue)
    {
        var expected = options.Value.AdminApiKey;
        if (string.IsNullOrWhiteSpace(expected))
        {
            return TypedResults.Problem("Not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        if (apiKey is null || !KeysMatch(apiKey, expected))
        {
            return TypedResults.Problem(
                $"مفتاح الإدارة مفقود أو غير صحيح. (A valid {ApiKeyHeader} header is required.)",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized");
        }

        queue.RequestRebuild();
        return TypedResults.Accepted("/api/status", new RebuildResponse("queued", "/api/status"));
    }

    /// <summary>Constant time in the key's content and length: both sides are hashed to the same size first, then
    /// compared with <see cref="CryptographicOperations.FixedTimeEquals"/> over their UTF-8 bytes.</summary>
    internal static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
