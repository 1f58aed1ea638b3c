using System.Text;
using System.Text.Json;

namespace SearchService.Benchmarks.Corpus;

/// <summary>Reads the peers' docs JSONL (<c>{"id","title","text"}</c> a line), as <c>make_docs.py</c> writes it.</summary>
internal static class DocsFile
{
    // Arabic written as is (not \uXXXX), as make_docs.py writes it (ensure_ascii=False).
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every <paramref name="every"/>-th document, at most <paramref name="limit"/> of them (0 = all),
    /// counted the way <c>make_docs.py --every/--limit</c> counts, so the same flags give the same sample.</summary>
    public static List<BenchDocument> Read(string path, int every, int limit, CancellationToken cancellationToken)
    {
        var documents = new List<BenchDocument>();
        var seen = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line) || seen++ % every != 0)
            {
                continue;
            }

            documents.Add(Parse(line));
            if (limit > 0 && documents.Count >= limit)
            {
                break;
            }
        }

        return documents;
    }

    /// <summary>Writes documents back in the same format, for a peer that must read exactly what we indexed.</summary>
    public static void Write(string path, IEnumerable<BenchDocument> documents)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var d in documents)
        {
            writer.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = d.Id, ["title"] = d.Title, ["text"] = d.Text }, JsonOptions));
            writer.Write('\n');
        }
    }

    private static BenchDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException("a document has no id");
        var title = root.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var text = root.TryGetProperty("text", out var x) ? x.GetString() ?? string.Empty : string.Empty;
        return new BenchDocument(id, title, text, Encoding.UTF8.GetByteCount(title) + Encoding.UTF8.GetByteCount(text));
    }
}
