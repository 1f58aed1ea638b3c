using System.IO.Compression;
using System.Text.Json;

namespace SearchService.CrashHarness;

/// <summary>Reads articles from the shared corpus (<c>*.jsonl.gz</c>, one JSON object a line) at run time.</summary>
internal static class Corpus
{
    public static List<Article> Load(string folder, int count)
    {
        var articles = new List<Article>(count);
        foreach (var file in Directory.GetFiles(folder, "*.jsonl.gz").Order(StringComparer.Ordinal))
        {
            using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line && articles.Count < count)
            {
                using var json = JsonDocument.Parse(line);
                var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
                var text = json.RootElement.TryGetProperty("text", out var x) ? x.GetString() : null;

                // Only articles the service can index: the check is about losing documents, not about bad ones.
                if (!string.IsNullOrWhiteSpace(title) && !string.IsNullOrWhiteSpace(text))
                {
                    articles.Add(new Article(title.ReplaceLineEndings(" ").Trim(), text.Trim()));
                }
            }

            if (articles.Count >= count)
            {
                break;
            }
        }

        return articles.Count >= count
            ? articles
            : throw new InvalidOperationException($"the corpus at {folder} has only {articles.Count} usable articles");
    }
}
