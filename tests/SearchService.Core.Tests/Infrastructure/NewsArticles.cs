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
