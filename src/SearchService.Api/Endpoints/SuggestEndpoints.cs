using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Documentation;
using SearchService.Core.Suggest;

namespace SearchService.Api.Endpoints;

public static class SuggestEndpoints
{
    /// <summary>Longest text completed: a search box's, not a pasted article's.</summary>
    public const int MaxQueryLength = 100;

    public const int MaxSize = 20;

    public const int DefaultSize = 8;

    public static IEndpointRouteBuilder MapSuggest(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/suggest")
            .WithTags("Search")
            .RequireRateLimiting(Hosting.RateLimiting.PerClient)
            .MapGet("/", Suggest)
            .WithName("Suggest")
            .WithSummary("Completions for the search box: the last word completed, and titles starting with the text")
            .WithDescription(
                "يكمل الكلمة الأخيرة مما يُكتب من كلمات الفهرس نفسه (الأكثر ورودًا أولًا، بأشيع كتابة لها في المقالات) مع إبقاء "
                + "ما قبلها، ويعيد العناوين التي تبدأ بالنص المكتوب. لا تُكمَّل كلمة أقصر من حرفين.\n\n"
                + "Completes the last word of the typed text from the index's own words (most documents first, each in the "
                + "form articles most often write it, not as a stem), keeping the words before it; and lists documents "
                + "whose title starts with the typed text (compared folded: hamza forms, ة/ه, ى/ي and diacritics do not "
                + "matter). A last word (or a whole text, for titles) of fewer than two letters is not completed, and a "
                + "text ending in a space completes no word.")
            .WithProblem(StatusCodes.Status400BadRequest,
                "q مفقود أو أطول من 100 حرف، أو size خارج 1–20.\n\nq missing or longer than 100 characters, or size outside 1–20.");
        return app;
    }

    public static Results<Ok<SuggestResponse>, ProblemHttpResult> Suggest(
        Completions completions,
        CancellationToken cancellationToken,
        [Required, Description("النص المكتوب حتى الآن في مربع البحث (100 حرف على الأكثر).\n\nThe text typed so far in the search box "
            + "(at most 100 characters).")]
        string? q = null,
        [Description("أقصى عدد للكلمات وللعناوين، من 1 إلى 20 (الافتراضي 8).\n\nAt most this many words and this many titles, "
            + "1 to 20 (default 8).")]
        string? size = null)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest("المعامل q مطلوب: النص المكتوب في مربع البحث. (The q parameter is required.)");
        }

        if (q.Length > MaxQueryLength)
        {
            return BadRequest($"النص طويل جدًا: الحد الأقصى {MaxQueryLength} حرف. (q is longer than {MaxQueryLength} characters.)");
        }

        if (!SearchEndpoints.TryParse(size, DefaultSize, out var count) || count < 1 || count > MaxSize)
        {
            return BadRequest($"العدد size يجب أن يكون بين 1 و{MaxSize}. (size must be between 1 and {MaxSize}.)");
        }

        var found = completions.Suggest(q, count, cancellationToken);
        return TypedResults.Ok(new SuggestResponse(
            q,
            [.. found.Words.Select(w => new SuggestedWordResponse(w.Text, w.Count))],
            [.. found.Titles.Select(t => new SuggestedTitleResponse(t.Id, t.Title))]));
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid suggest request");
}
