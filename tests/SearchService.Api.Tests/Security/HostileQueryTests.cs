using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Security;

/// <summary>
/// Generated hostile queries thrown at the real HTTP API: every answer is a 200 or a problem-details 400, in
/// bounded time, never a 5xx.
/// </summary>
public sealed class HostileQueryTests(HostileQueryTests.Corpus corpus) : IClassFixture<HostileQueryTests.Corpus>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static readonly string[] Words =
    [
        "ماسك", "ألتمان", "الذكاء", "الاصطناعي", "الفضاء", "من", "في", "SpaceX", "2016", "٢٠١٦", "كتاب", "ال", "و",
    ];

    private static readonly string[] Operators =
    [
        "\"", "\"", "-", "+", "!", "*", "**", "~", "~2", "~99999999", "~-1", "OR", "AND", "NOT", "||", "&&", "(", ")", "[", "]",
        "{", "}", "title:", "text:", "url:", ":", "^", "^10", "?", "\\", "/", "«", "»", "؟", "،", "ـ", "%", "&", "<script>",
    ];

    // Bidi overrides, zero-width marks, combining marks, control characters, lone surrogates, noncharacters.
    private static readonly char[] Oddities =
    [
        '\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200F', '\u061C', '\u0651', '\u064B', '\u0300', '\u20DD', '\u0000',
        '\u0007', '\u001B', '\u007F', '\uD800', '\uDC00', '\uFFFE', '\uFFFF', '\uFDFA', '\uFEFB', '\u0640',
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(Words),
        Gen.OneOf(Operators),
        Gen.OneOf(Oddities).Select(c => c.ToString()),
        Gen.Char.Select(c => c.ToString()),
        Gen.String[Gen.Char[(char)0x0600, (char)0x06FF], 1, 8],
        Gen.OneOf(Words).Select(w => w + "*"),
        Gen.OneOf(Words).Select(w => "*" + w),
        Gen.Int[1, 30].Select(n => new string('(', n) + "ماسك" + new string(')', n)));

    private static readonly Gen<string> Query = Gen.OneOf(
        Gen.Select(Piece.Array[1, 12], Gen.Bool, (pieces, spaced) => string.Join(spaced ? " " : "", pieces)),
        Piece.Array[150, 400].Select(p => string.Join(" ", p)),
        Gen.String[Gen.Char, 1, 200],
        Gen.Int[50, 200].Select(n => "\"" + string.Join(" ", Enumerable.Repeat("ماسك الفضاء", n / 2)) + "\"~100"));

    [Fact]
    public void GeneratedQueries_GetA200OrAProblem400_InBoundedTime()
    {
        var count = 0;
        var slowest = TimeSpan.Zero;
        Query.Sample(
            query =>
            {
                var encoded = Encode(query, rawInvalidUtf8: Interlocked.Increment(ref count) % 7 == 0);
                var watch = Stopwatch.StartNew();
                using var response = corpus.Host.Client.GetAsync(new Uri($"api/search?q={encoded}&size=5", UriKind.Relative)).GetAwaiter().GetResult();
                var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                watch.Stop();
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                Assert.True(IsAcceptable(response, body), $"{(int)response.StatusCode} for {Escape(query)}: {body[..Math.Min(300, body.Length)]}");
                Assert.True(watch.Elapsed < Bound, $"{watch.ElapsedMilliseconds} ms for {Escape(query)}");
            },
            iter: 6000,
            threads: 1);

        Assert.Equal(6000, count);
    }

    private static bool IsAcceptable(HttpResponseMessage response, string body)
    {
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("hits", out _);
        }

        return response.StatusCode == HttpStatusCode.BadRequest
            && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            && !body.Contains("   at ", StringComparison.Ordinal);
    }

    // Percent-encodes UTF-8, sometimes with raw invalid sequences (a lone surrogate as CESU-8, an overlong NUL).
    private static string Encode(string query, bool rawInvalidUtf8)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(query))
        {
            encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return rawInvalidUtf8 ? "%ED%A0%80" + encoded + "%C0%80%FF" : encoded.ToString();
    }

    private static string Escape(string query) =>
        string.Concat(query.Take(120).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    public sealed class Corpus : IAsyncLifetime
    {
        public ServiceHost Host { get; private set; } = null!;

        public Core.Search.SearchEngine Engine => (Core.Search.SearchEngine)Host.Services.GetService(typeof(Core.Search.SearchEngine))!;

        public async Task InitializeAsync()
        {
            var files = Enumerable.Range(0, 40).ToDictionary(
                i => $"doc{i}.txt",
                i => $"عنوان {i}\n\n{string.Join(" ", Enumerable.Range(0, 60).Select(j => Words[(i * 7 + j) % Words.Length]))} ماسك{i} الفضائي{i}");
            Host = await ServiceHost.StartReadyAsync(files);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
