using System.IO.Compression;
using System.Text.Json;
using SearchService.Core.Tests.Documents;

namespace SearchService.Core.Tests.Infrastructure;

/// <summary>Real news articles from the shared corpus (never copied into the repository): <c>shared/</c> sits next
/// to the repository's root, the folder holding <c>SearchService.sln</c>.</summary>
public static class NewsArticles
{
    public const string FileName = "ant-v2.1.jsonl.gz";

    /// <summary>The corpus file, or null when this checkout has no <c>shared/</c> beside it.</summary>
    public static string? Locate()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus", "news", FileName));
        return File.Exists(path) ? path : null;
    }

    /// <summary>All 70,272 articles of the benchmark, as its <c>make_docs.py</c> writes them: the three files in name
    /// order, empty titles kept; null when this checkout has no <c>shared/</c> beside it.</summary>
    public static List<(string Id, string Title, string Text)>? ReadAll()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus", "news"));
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var articles = new List<(string, string, string)>();
        foreach (var path in Directory.GetFiles(folder, "*.jsonl.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                articles.Add((Text(root, "id"), Text(root, "title"), Text(root, "text")));
            }
        }

        return articles;
    }

    /// <summary>The benchmark's 300 queries (keyword, phrase, question), or null without <c>shared/</c>.</summary>
    public static string[]? BenchmarkQueries()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus", "bench", "queries.txt"));
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToArray() : null;
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    /// <summary>The first <paramref name="count"/> articles with a title and a text, as (id, title, text).</summary>
    public static List<(string Id, string Title, string Text)> Read(string path, int count)
    {
        var articles = new List<(string, string, string)>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (articles.Count < count && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var title = root.GetProperty("title").GetString() ?? string.Empty;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            if (title.Length > 0 && text.Length > 0)
            {
                articles.Add((root.GetProperty("id").GetString()!, title, text));
            }
        }

        return articles;
    }
}
