using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Api;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>
/// The real service (Kestrel, worker, Lucene index on disk) on a loopback port over a temp documents folder and a
/// temp index folder. Every test or class gets its own; nothing is shared between tests.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly WebApplication app;

    private ServiceHost(WebApplication app, string root, string documentsPath, string indexPath)
    {
        this.app = app;
        Root = root;
        DocumentsPath = documentsPath;
        IndexPath = indexPath;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Root { get; }

    public string DocumentsPath { get; }

    public string IndexPath { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Set before disposing to keep the folders for a restart (<see cref="RestartReadyAsync"/>).</summary>
    public bool KeepFoldersOnDispose { get; set; }

    /// <summary>Starts the service over a fresh temp folder, with the given files (relative path → content) in it.</summary>
    public static Task<ServiceHost> StartAsync(IReadOnlyDictionary<string, string>? files = null, params string[] extraArgs)
    {
        var root = Path.Combine(Path.GetTempPath(), "searchservice-tests", Guid.NewGuid().ToString("N"));
        var documents = Path.Combine(root, "docs");
        Directory.CreateDirectory(documents);
        foreach (var (path, content) in files ?? new Dictionary<string, string>())
        {
            WriteFile(documents, path, content);
        }

        return StartOwningFoldersAsync(root, documents, extraArgs);
    }

    /// <summary>Starts the service (as <see cref="StartAsync(IReadOnlyDictionary{string, string}?, string[])"/>) and
    /// waits until its first pass over the folder is committed and searchable, which most tests need first.</summary>
    public static async Task<ServiceHost> StartReadyAsync(IReadOnlyDictionary<string, string>? files = null, params string[] extraArgs) =>
        await ReadyAsync(await StartAsync(files, extraArgs));

    private static async Task<ServiceHost> StartOwningFoldersAsync(string root, string documents, string[] extraArgs)
    {
        try
        {
            return await StartAsync(root, documents, Path.Combine(root, "index"), extraArgs);
        }
        catch
        {
            Directory.Delete(root, recursive: true); // a host that failed to start leaves nothing behind
            throw;
        }
    }

    /// <summary>Starts the service over folders the caller owns (and deletes): the host keeps them on dispose.</summary>
    public static async Task<ServiceHost> StartOnFoldersAsync(string root, string documents, string index, params string[] extraArgs)
    {
        var host = await StartAsync(root, documents, index, extraArgs);
        host.KeepFoldersOnDispose = true;
        return host;
    }

    /// <summary>Starts a new instance over the same folders, after this one was disposed with
    /// <see cref="KeepFoldersOnDispose"/> (a restart), and waits until it is ready.</summary>
    public async Task<ServiceHost> RestartReadyAsync(params string[] extraArgs) =>
        await ReadyAsync(await StartAsync(Root, DocumentsPath, IndexPath, extraArgs));

    // A host that never becomes ready is stopped before the timeout propagates, so no server outlives its test.
    private static async Task<ServiceHost> ReadyAsync(ServiceHost host)
    {
        try
        {
            await host.WaitUntilReadyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private static async Task<ServiceHost> StartAsync(string root, string documents, string index, string[] extraArgs)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Search:DocumentsPath", documents,
            "--Search:IndexPath", index,
            "--Search:DebounceMilliseconds", "100",
            "--RateLimit:RequestsPerSecond", "0", // tests query fast from one address; RateLimitTests turn it on
            "--Logging:LogLevel:Default", "Warning",
            "--Shutdown:DrainSeconds", "0", // no balancer in front: every test's stop would otherwise wait the drain
            .. extraArgs,
        ];
        var app = SearchServiceApp.Build(args);
        await app.StartAsync();
        return new ServiceHost(app, root, documents, index);
    }

    public void WriteDocument(string relativePath, string content) => WriteFile(DocumentsPath, relativePath, content);

    public string FullPath(string relativePath) => Path.Combine(DocumentsPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <param name="timeout">Longer than <see cref="DefaultTimeout"/> for a folder that takes a while to index.</param>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        await PollAsync(async () => (await Client.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK, "the service to become ready", timeout);
    }

    /// <summary>GET /api/search, asserting a 200, as parsed JSON.</summary>
    public async Task<JsonElement> SearchAsync(string query, int page = 1, int size = 10)
    {
        using var response = await Client.GetAsync(SearchUri(query, page, size));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"search '{query}' returned {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Uri SearchUri(string query, int page = 1, int size = 10) =>
        new($"api/search?q={Uri.EscapeDataString(query)}&page={page}&size={size}", UriKind.Relative);

    public static IReadOnlyList<string> HitIds(JsonElement results) =>
        [.. results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    /// <summary>Polls the search until <paramref name="condition"/> holds for its hit ids, or fails at the deadline.</summary>
    public Task WaitForSearchAsync(string query, Func<IReadOnlyList<string>, bool> condition, string what) =>
        PollAsync(async () => condition(HitIds(await SearchAsync(query, size: 100))), what);

    public Task WaitUntilSearchableAsync(string query, string id) =>
        WaitForSearchAsync(query, ids => ids.Contains(id), $"'{id}' to be found by '{query}'");

    public async Task<JsonElement> StatusAsync() =>
        (await Client.GetFromJsonAsync<JsonElement>(new Uri("api/status", UriKind.Relative)));

    /// <summary>Polls with a deadline (no sleeps as synchronisation: the wait ends as soon as the condition holds).</summary>
    public static async Task PollAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var pause = interval ?? TimeSpan.FromMilliseconds(50);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(pause);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        if (!KeepFoldersOnDispose && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void WriteFile(string documents, string relativePath, string content)
    {
        var path = Path.Combine(documents, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
