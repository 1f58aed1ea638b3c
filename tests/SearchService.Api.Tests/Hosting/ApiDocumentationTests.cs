using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

/// <summary><c>GET /openapi/v1.json</c>: every endpoint the app maps, with the limits it was started with, its errors
/// as problem details, and Arabic and English descriptions.</summary>
public sealed partial class ApiDocumentationTests
{
    private const string AdminKey = "test-admin-key-0123456789";

    [Theory]
    [InlineData("the tests' defaults: no admin key (the rebuild endpoint answers 404), rate limiting off", new string[0])]
    [InlineData("admin key and rate limiting on", new[] { "--Search:AdminApiKey", AdminKey, "--RateLimit:RequestsPerSecond", "5" })]
    [InlineData("metrics off", new[] { "--Metrics:Enabled", "false" })]
    [InlineData("metrics elsewhere", new[] { "--Metrics:Path", "/internal/prometheus" })]
    public async Task Document_DescribesEveryMappedEndpoint_AndNothingElse(string configuration, string[] args)
    {
        _ = configuration; // names the case in the test output
        await using var host = await ServiceHost.StartAsync(null, args);
        var document = await GetDocumentAsync(host);

        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsDocumentationItself(e.RoutePattern.RawText!))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Path: OpenApiPath(e.RoutePattern.RawText!), Method: method.ToLowerInvariant())))
            .ToHashSet();
        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Path: path.Name, Method: operation.Name)))
            .ToHashSet();

        Assert.Contains(("/api/search", "get"), mapped);
        Assert.Contains(("/api/index/rebuild", "post"), mapped);
        Assert.Equal(mapped.Order(), described.Order());
    }

    [Theory]
    [InlineData(new string[0], 1000, 100, 10, 10000)]
    [InlineData(new[] { "--Search:Limits:MaxQueryLength", "321", "--Search:Limits:MaxPageSize", "7", "--Search:Limits:MaxResultWindow", "70" }, 321, 7, 7, 70)]
    public async Task SearchParameters_CarryTheConfiguredLimits(string[] args, int maxQueryLength, int maxPageSize, int defaultSize, int maxResultWindow)
    {
        await using var host = await ServiceHost.StartAsync(null, args);
        var document = await GetDocumentAsync(host);

        var search = Operation(document, "/api/search", "get");
        var q = Parameter(search, "q");
        Assert.True(q.GetProperty("required").GetBoolean());
        Assert.Equal(maxQueryLength, q.GetProperty("schema").GetProperty("maxLength").GetInt32());
        var size = Parameter(search, "size").GetProperty("schema");
        Assert.Equal(("integer", 1, maxPageSize, defaultSize), (size.GetProperty("type").GetString(), size.GetProperty("minimum").GetInt32(), size.GetProperty("maximum").GetInt32(), size.GetProperty("default").GetInt32()));
        var page = Parameter(search, "page");
        Assert.Equal(maxResultWindow, page.GetProperty("schema").GetProperty("maximum").GetInt32());
        var documentQ = Parameter(Operation(document, "/api/documents/{id}", "get"), "q");
        Assert.Equal(maxQueryLength, documentQ.GetProperty("schema").GetProperty("maxLength").GetInt32());
        Assert.Contains($"| `Search:Limits:MaxQueryLength` | {maxQueryLength} |", Introduction(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_AreDescribedAsProblemDetails()
    {
        await using var host = await ServiceHost.StartAsync(null, "--RateLimit:RequestsPerSecond", "5");
        var document = await GetDocumentAsync(host);

        var errors = Operations(document)
            .SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject()
                .Where(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture) >= 400)
                .Select(r => (Where: $"{o.Method} {o.Path} {r.Name}", Response: r.Value)))
            .ToList();
        foreach (var (where, response) in errors)
        {
            var content = response.GetProperty("content");
            Assert.True(content.TryGetProperty("application/problem+json", out var problem), $"{where} is not a problem details answer");
            Assert.Equal("#/components/schemas/ProblemDetails", problem.GetProperty("schema").GetProperty("$ref").GetString());
        }

        var documented = errors.Select(e => e.Where).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "get /api/search 400", "get /api/search 429", "get /api/search 500",
                "get /api/documents/{id} 400", "get /api/documents/{id} 404", "get /api/documents/{id} 429",
                "post /api/index/rebuild 401", "post /api/index/rebuild 404", "get /readyz 503",
            },
            documented);
        Assert.DoesNotContain("get /api/status 429", documented); // only the endpoints that opt into the limiter
        var properties = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        Assert.All(new[] { "type", "title", "status", "detail" }, name => Assert.True(properties.TryGetProperty(name, out _), name));
    }

    [Fact]
    public async Task RateLimitOff_DocumentsNo429()
    {
        await using var host = await ServiceHost.StartAsync(); // the tests' default turns the limiter off
        var document = await GetDocumentAsync(host);

        Assert.False(Operation(document, "/api/search", "get").GetProperty("responses").TryGetProperty("429", out _));
    }

    [Fact]
    public async Task OperationsParametersAndErrors_AreDescribedInArabicAndEnglish()
    {
        await using var host = await ServiceHost.StartAsync();
        var document = await GetDocumentAsync(host);

        var texts = new List<(string Where, string? Text)> { ("introduction", Introduction(document)) };
        foreach (var (path, method, operation) in Operations(document))
        {
            if (!path.StartsWith("/documents/", StringComparison.Ordinal)) // the HTML page: its summary says what it is
            {
                texts.Add(($"{method} {path}", operation.TryGetProperty("description", out var d) ? d.GetString() : null));
            }

            foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [])
            {
                texts.Add(($"{method} {path} {parameter.GetProperty("name")}", parameter.TryGetProperty("description", out var d) ? d.GetString() : null));
            }

            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                texts.Add(($"{method} {path} {response.Name}", response.Value.GetProperty("description").GetString()));
            }
        }

        foreach (var tag in document.GetProperty("tags").EnumerateArray())
        {
            texts.Add(($"tag {tag.GetProperty("name")}", tag.GetProperty("description").GetString()));
        }

        Assert.All(texts, t => Assert.True(
            t.Text is not null && ArabicWord().IsMatch(t.Text) && EnglishWord().IsMatch(t.Text),
            $"{t.Where} is not described in both Arabic and English: {t.Text}"));
    }

    [Fact]
    public async Task Introduction_HoldsEveryExampleOfTheReadmeQuerySyntaxTable()
    {
        await using var host = await ServiceHost.StartAsync();
        var introduction = Introduction(await GetDocumentAsync(host));

        var examples = ReadmeQuerySyntaxExamples();
        Assert.Contains("\"الذكاء الاصطناعي\"", examples);
        Assert.All(examples, example => Assert.Contains($"`{example}`", introduction, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminEndpoint_TakesItsKeyThroughAnApiKeyScheme()
    {
        await using var host = await ServiceHost.StartAsync();
        var document = await GetDocumentAsync(host);

        var rebuild = Operation(document, "/api/index/rebuild", "post");
        Assert.False(rebuild.TryGetProperty("parameters", out var parameters) && parameters.GetArrayLength() > 0);
        Assert.True(rebuild.GetProperty("security")[0].TryGetProperty("adminKey", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("adminKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
    }

    private static async Task<JsonElement> GetDocumentAsync(ServiceHost host)
    {
        using var response = await host.Client.GetAsync(new Uri("openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        return document;
    }

    private static string Introduction(JsonElement document) => document.GetProperty("info").GetProperty("description").GetString()!;

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (path.Name, operation.Name, operation.Value)));

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static JsonElement Parameter(JsonElement operation, string name) =>
        operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    // The document and the page that shows it are the packages' endpoints, not the API: they do not describe themselves.
    private static bool IsDocumentationItself(string pattern) =>
        pattern.StartsWith("/openapi/", StringComparison.Ordinal) || pattern.StartsWith("/docs", StringComparison.Ordinal);

    // "/api/documents/{**id}" → "/api/documents/{id}", "/api/search/" → "/api/search": how OpenAPI writes a route.
    // "/api/documents/{**id:relatedsuffix}" → "/api/documents/{id}/related": the related route's id ends in /related.
    private static string OpenApiPath(string pattern)
    {
        var path = RouteParameter().Replace(pattern.Replace(":relatedsuffix}", "}/related", StringComparison.Ordinal), "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static List<string> ReadmeQuerySyntaxExamples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("### Query syntax", StringComparison.Ordinal)..];
        var rows = section.Split('\n').Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2);
        return [.. rows.SelectMany(row => CodeSpan().Matches(row.Split(" | ")[0]).Select(m => m.Groups[1].Value))];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SearchService.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\**([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"[\u0621-\u064A]{2,}")]
    private static partial Regex ArabicWord();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
