using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SearchService.Api.Hosting;
using SearchService.Core.Search;

namespace SearchService.Api.Documentation;

/// <summary>
/// The document's title, its Arabic and English introduction (errors, query syntax) and the limits this instance was
/// started with: the numbers are read from the bound settings, so the document never promises a default that a
/// deployment changed.
/// </summary>
internal sealed class ServiceDescriptionTransformer(SearchLimits limits, IOptions<RateLimitOptions> rateLimit) : IOpenApiDocumentTransformer
{
    public const string IntroductionResource = "ApiDescription.md";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "SearchService";
        document.Info.Version = "v1";
        document.Info.Description = await ReadIntroductionAsync(cancellationToken).ConfigureAwait(false) + LimitsSection();
        document.Tags = new HashSet<OpenApiTag>
        {
            Tag("Search", "البحث في عناوين المقالات ونصوصها.\n\nSearch titles and bodies."),
            Tag("Documents", "وثيقة كاملة ببياناتها الوصفية.\n\nOne whole document and its metadata."),
            Tag("Status", "حالة الفهرسة وفحوص الصحة والجاهزية.\n\nIndexing status, liveness and readiness probes."),
            Tag("Admin", "إعادة بناء الفهرس بمفتاح الإدارة.\n\nIndex rebuild, with the admin key."),
            Tag("Pages", "صفحات HTML تقدمها الخدمة.\n\nHTML pages the service serves."),
        };
    }

    private static async Task<string> ReadIntroductionAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(ServiceDescriptionTransformer).Assembly.GetManifestResourceStream(IntroductionResource)
            ?? throw new InvalidOperationException($"The embedded resource {IntroductionResource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private string LimitsSection()
    {
        var rate = rateLimit.Value;
        var rateRow = rate.RequestsPerSecond == 0
            ? "| `RateLimit:RequestsPerSecond` | 0 | معطّل | off |"
            : Invariant($"| `RateLimit:RequestsPerSecond`, `RateLimit:Burst` | {rate.RequestsPerSecond}, {rate.Burst} | طلبات البحث والإكمال والوثائق في الثانية لكل عنوان، والدفعة المسموحة؛ وبعدها 429 مع `Retry-After` | requests to `/api/search`, `/api/suggest` and `/api/documents` per second per client address, and the burst allowed; beyond them a 429 with `Retry-After` |");
        return Invariant($"""

            ## الحدود · Limits

            حدود هذه النسخة من الخدمة كما ضُبطت عند تشغيلها؛ وما تجاوزها يُعاد 400 مع رسالة.
            The limits this instance was started with; a request beyond them is a 400 with a message.

            | الإعداد · setting | القيمة · value | المعنى | meaning |
            |---|---|---|---|
            | `Search:Limits:MaxQueryLength` | {limits.MaxQueryLength} | أطول `q` مقبول، بالأحرف | longest `q` accepted, in characters |
            | `Search:Limits:MaxPageSize` | {limits.MaxPageSize} | أكبر `size` | largest `size` |
            | `Search:Limits:MaxResultWindow` | {limits.MaxResultWindow} | لا تُعرض النتائج بعد هذا الترتيب: `page × size` لا يتجاوزه | results beyond this rank are not paged to: `page × size` may not exceed it |
            | `Search:Limits:QueryTimeoutMilliseconds` | {limits.QueryTimeoutMilliseconds} | ميزانية البحث كله بالملّي ثانية؛ بعدها تُعاد أفضل النتائج حتى حينه مع `timedOut: true` | the whole search's budget in ms; past it, the best hits so far come with `timedOut: true` |
            | `Search:Limits:MaxPrefixTerms` | {limits.MaxPrefixTerms} | أكثر عدد من كلمات الفهرس تتسع إليه `كلمة*` | most index words one `word*` may expand to |
            {rateRow}
            """);
    }

    private static OpenApiTag Tag(string name, string description) => new() { Name = name, Description = description };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
