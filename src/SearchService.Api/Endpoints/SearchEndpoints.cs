using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Documentation;
using SearchService.Api.Contracts;
using SearchService.Core.Querying;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search")
            .WithTags("Search")
            .RequireRateLimiting(Hosting.RateLimiting.PerClient)
            .AddEndpointFilter<SearchObserver>()
            .MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Keyword and phrase search with highlighted snippets")
            .WithDescription(
                "يبحث في عناوين المقالات ونصوصها ويعيد النتائج مرتبة بالصلة، مع مقتطفات تُعلَّم فيها الكلمات المطابقة. "
                + "صياغة الاستعلام وحدوده في مقدمة هذا المرجع.\n\n"
                + "Searches titles and bodies and returns hits ranked by relevance, with snippets whose matched words are "
                + "marked: as HTML (`<mark>` in `snippets`, everything else escaped) and as data (`fragments`, parts flagged "
                + "`match`). A search that runs past its time budget answers with the best hits found so far and "
                + "`timedOut: true`. The query syntax and the limits are in this reference's introduction.\n\n"
                + "«هل تقصد»: didYouMean يساوي null، أو { query, html } حين تكون كلمة من الاستعلام نادرة أو غير موجودة في الفهرس "
                + "ولها تهجئة قريبة أكثر شيوعًا فيه: query هو الاستعلام مصححًا كما كُتب (بحروفه المتصلة وعلاماته)، و html هو نفسه "
                + "مهرَّبًا مع كل كلمة مصححة داخل <strong>. لا تُصحَّح العبارات بين علامتي تنصيص ولا الكلمات المستبعدة ولا الكلمات اللاتينية.\n\n"
                + "Did you mean: `didYouMean` is null, or `{ query, html }` when a query word is rare or unknown in the index and a "
                + "close spelling is far more common there: `query` is the query corrected as typed (attached letters and syntax "
                + "kept), `html` the same HTML-escaped with each corrected word in `<strong>`. Quoted phrases, excluded words and "
                + "Latin words are never corrected.")
            .WithProblem(StatusCodes.Status400BadRequest,
                "طلب غير صالح: q مفقود أو أطول من الحد، أو page أو size خارج الحدود، أو استعلام مرفوض (مثل * بعد حرف واحد)، "
                + "أو after تالف أو لبحث آخر أو مع page؛ ويشرح detail السبب.\n\nInvalid request: q missing or too long, page or "
                + "size out of range, a query the parser refuses (such as * after one letter), or an after that is garbled, "
                + "from another search or combined with page; detail says which.");
        return app;
    }

    /// <summary>Validates the request, runs it, and maps the result to the wire shape.</summary>
    public static Results<Ok<SearchResponse>, ProblemHttpResult> Search(
        SearchEngine engine,
        SearchLimits limits,
        CancellationToken cancellationToken,
        // [Required] only marks q required in the OpenAPI document; the check below gives the 400 its message.
        [Required, Description("نص البحث، بالصياغة الموضحة في المقدمة.\n\nThe search text, in the query syntax of the introduction.")]
        string? q = null,
        [Description("رقم الصفحة، من 1؛ ولا يتجاوز page × size حدَّ نافذة النتائج (انظر الحدود في المقدمة).\n\n"
            + "The page of hits, from 1; page × size may not exceed the result window (see Limits in the introduction).")]
        string? page = null,
        [Description("عدد النتائج في الصفحة.\n\nHits per page.")] string? size = null,
        [Description("أقدم تاريخ (YYYY-MM-DD، شاملًا) لتاريخ المقال، أو تاريخ ملفه إن لم يكن له تاريخ.\n\n"
            + "The earliest date (YYYY-MM-DD, inclusive) of the article's date, or its file's when it has none.")]
        string? from = null,
        [Description("أحدث تاريخ (YYYY-MM-DD، شاملًا).\n\nThe latest date (YYYY-MM-DD, inclusive).")] string? to = null,
        [Description("المصدر، يتكرر: أيٌّ منها (مطابقة كاملة دون اعتبار حالة الأحرف).\n\n"
            + "A source, repeatable: any of them (whole value, case ignored).")]
        string[]? source = null,
        [Description("وسم، يتكرر: أيٌّ منها؛ ومع source يجب أن يتحقق الاثنان.\n\n"
            + "A tag, repeatable: any of them; with source, both must hold.")]
        string[]? tag = null,
        [Description("relevance (الافتراضي) أو date: الأحدث أولًا ثم الأكثر صلة.\n\n"
            + "relevance (the default) or date: newest first, ties by relevance then id.")]
        string? sort = null,
        [Description("قيمة next من صفحة سابقة لهذا البحث نفسه (q والمرشحات والترتيب): تعيد الصفحة التالية بالترتيب نفسه، "
            + "دون تكرار ولا إغفال لما بقي في الفهرس، ودون حد نافذة النتائج؛ لا يُجمع مع page.\n\n"
            + "The next of an earlier page of this same search (q, filters and sort): returns the following page in the "
            + "same order, no document twice and none skipped that stayed in the index, with no result-window limit; "
            + "not combined with page.")]
        string? after = null)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest("المعامل q مطلوب: اكتب كلمة أو عبارة للبحث. (The q parameter is required.)");
        }

        if (q.Length > limits.MaxQueryLength)
        {
            return BadRequest($"الاستعلام طويل جدًا: الحد الأقصى {limits.MaxQueryLength} حرف. (The query is longer than {limits.MaxQueryLength} characters.)");
        }

        if (!TryParse(page, 1, out var pageNumber) || pageNumber < 1)
        {
            return BadRequest("رقم الصفحة page يجب أن يكون عددًا صحيحًا لا يقل عن 1. (page must be an integer ≥ 1.)");
        }

        if (!TryParse(size, DefaultPageSize(limits), out var pageSize) || pageSize < 1 || pageSize > limits.MaxPageSize)
        {
            return BadRequest($"حجم الصفحة size يجب أن يكون بين 1 و{limits.MaxPageSize}. (size must be between 1 and {limits.MaxPageSize}.)");
        }

        if (after is not null && page is not null)
        {
            return BadRequest("لا يُجمع after مع page: after يحدد الصفحة بنفسه. (after and page cannot be combined.)");
        }

        if (after is null && (long)pageNumber * pageSize > limits.MaxResultWindow)
        {
            return BadRequest($"لا تُعرض النتائج بعد الترتيب {limits.MaxResultWindow}: حدّد بحثك أكثر. (Results beyond {limits.MaxResultWindow} are not paged to.)");
        }

        if (SearchFilterParameters.TryRead(from, to, source, tag, sort, out var filters, out var order) is { } bad)
        {
            return BadRequest(bad);
        }

        var request = new SearchRequest(q, pageNumber, pageSize) { Filters = filters, Sort = order };
        if (after is not null)
        {
            switch (SearchCursor.TryDecode(after, request, out var cursor))
            {
                case CursorReading.OtherSearch:
                    return BadRequest("المؤشر after لا يخص هذا البحث: أعد q والمرشحات والترتيب كما كانت في الصفحة التي أعطته. "
                        + "(after belongs to another search: repeat the q, filters and sort of the page that gave it.)");
                case CursorReading.Garbled:
                    return BadRequest("المؤشر after تالف: استعمل قيمة next كما أعادها البحث. (after is not a cursor this service wrote: pass next as returned.)");
                default:
                    request = request with { After = cursor };
                    break;
            }
        }

        SearchResults results;
        try
        {
            results = engine.Search(request, cancellationToken);
        }
        catch (QueryParseException e)
        {
            return BadRequest(e.Message);
        }

        var hits = results.Hits.Select(h => new SearchHitResponse(
            h.Id,
            h.Title,
            FragmentHtml.Render(h.TitleFragment),
            MarkedPart.From(h.TitleFragment.Parts),
            Math.Round(h.Score, 4),
            [.. h.Snippets.Select(FragmentHtml.Render)],
            [.. h.Snippets.Select(MarkedFragment.From)],
            h.Id,
            h.Modified,
            h.Date,
            h.DateSource,
            h.Url,
            h.Source)).ToList();
        return TypedResults.Ok(new SearchResponse(q, results.Total, pageNumber, pageSize, (long)results.Took.TotalMilliseconds, hits, results.TimedOut,
            [.. results.Expanded.Select(e => new ExpandedWordResponse(e.Word, e.Variants))],
            new FacetsResponse(Values(results.Facets.Source), Values(results.Facets.Tag), Values(results.Facets.Year)),
            results.Next?.Encode(),
            DidYouMeanResponse.From(results.DidYouMean)));
    }

    private static List<FacetValueResponse> Values(IReadOnlyList<FacetValue> values) => [.. values.Select(v => new FacetValueResponse(v.Value, v.Count))];

    /// <summary>The page size when the request names none: ten, unless the configured maximum is smaller.</summary>
    internal static int DefaultPageSize(SearchLimits limits) => Math.Min(10, limits.MaxPageSize);

    // Parsed by hand so "page=abc" is a 400 with our message rather than the framework's; the other endpoints'
    // whole-number parameters use it too.
    internal static bool TryParse(string? value, int fallback, out int number)
    {
        if (string.IsNullOrEmpty(value))
        {
            number = fallback;
            return true;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request");
}
