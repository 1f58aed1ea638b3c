using System.IO.Compression;
using System.Text.Json;

namespace SearchService.Evaluation;

/// <summary>The news/*.jsonl.gz articles, used only as distractors.</summary>
internal static class NewsCorpus
{
    /// <summary>Prepended to every news id so it can never collide with an arqa passage id.</summary>
    public const string IdPrefix = "news:";

    public static IEnumerable<CorpusDocument> Read(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl.gz").Order(StringComparer.Ordinal))
        {
            using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                yield return new CorpusDocument(
                    IdPrefix + root.GetProperty("id").GetString(),
                    root.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty,
                    root.TryGetProperty("text", out var x) ? x.GetString() ?? string.Empty : string.Empty);
            }
        }
    }
}
