using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>One running service over a small fixed corpus, shared by read-only HTTP tests of one class.</summary>
public sealed class SearchCorpusFixture : IAsyncLifetime
{
    // Declared before Files, which uses it: static fields are initialised in order.
    // Long enough on both sides of the one match that its snippet starts and ends mid-text.
    private static readonly string Filler = string.Concat(Enumerable.Repeat("كانت الرحلة طويلة والسماء صافية فوق الحقول الخضراء. ", 8));

    public static readonly Dictionary<string, string> Files = new()
    {
        ["ai.txt"] = "الذكاء الاصطناعي يغير العالم\n\nيتحدث الخبراء عن الذكاء الاصطناعي وتطبيقاته في الطب والتعليم. أما الذكاء وحده فموهبة بشرية.",
        ["separate.txt"] = "مقالة عن الذكاء\n\nكان الذكاء موضوع النقاش. وفي فقرة أخرى بعيدة تحدثنا عن الفن الاصطناعي والزهور.",
        ["altman.txt"] = "لقاء قديم\n\nالتقى سام ألتمان بإيلون ماسك في عام 2016 وسأله عن النجاح.",
        ["tamma.txt"] = "خبر محلي\n\nتم الاتفاق على المشروع الجديد بعد نقاش طويل.",
        ["space.txt"] = "الفضاء\n\nالاستكشاف الفضائي مع SpaceX وشركة OpenAI بدأ منذ سنوات.",
        ["script.txt"] = "تجربة\n\nهذا النص يحتوي على <script>alert(1)</script> وكلمة ماسك & رموز \"أخرى\".",
        ["folder/title-only.md"] = "# الصواريخ القابلة لإعادة الاستخدام\n\nافتتاحية المقال تتحدث عن شيء آخر تمامًا ولا تذكر العنوان.",
        ["both.txt"] = "خبر\n\nالطاقة المستدامة والجينات من مجالات المستقبل.",
        ["one-many.txt"] = "خبر آخر\n\nالطاقة الطاقة الطاقة الطاقة الطاقة الطاقة في كل مكان، والطاقة ثم الطاقة.",
        ["long.txt"] = "يوميات مسافر\n\n" + Filler + "ثم ظهر المنطاد الأحمر فوق التلال. " + Filler.TrimEnd(),
    };

    public ServiceHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // No periodic reconcile during the class: /api/status keeps describing the first pass over these files.
        Host = await ServiceHost.StartReadyAsync(Files, "--Search:ReconcileIntervalSeconds", "3600");
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
