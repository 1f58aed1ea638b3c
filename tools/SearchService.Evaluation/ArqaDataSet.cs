using System.Globalization;
using System.Text.Json;

namespace SearchService.Evaluation;

/// <summary>The arqa files (see shared/corpus/README.md): docs.jsonl, queries.tsv, qrels.txt, queries.meta.jsonl.</summary>
internal sealed class ArqaDataSet
{
    private ArqaDataSet(IReadOnlyList<CorpusDocument> documents, IReadOnlyList<EvalQuery> queries)
    {
        Documents = documents;
        Queries = queries;
    }

    public IReadOnlyList<CorpusDocument> Documents { get; }

    /// <summary>In the order of queries.tsv, so "the first N" is stable.</summary>
    public IReadOnlyList<EvalQuery> Queries { get; }

    public static ArqaDataSet Load(string directory)
    {
        var documents = File.ReadLines(Path.Combine(directory, "docs.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(ReadDocument)
            .ToList();

        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(directory, "qrels.txt")))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4)
            {
                continue;
            }

            var grade = int.Parse(parts[3], CultureInfo.InvariantCulture);
            if (grade > 0)
            {
                if (!grades.TryGetValue(parts[0], out var judged))
                {
                    grades[parts[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                judged[parts[2]] = grade;
            }
        }

        var meta = File.ReadLines(Path.Combine(directory, "queries.meta.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(e => e.GetProperty("qid").GetString()!, StringComparer.Ordinal);

        var queries = new List<EvalQuery>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "queries.tsv")))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var qid = parts[0];
            meta.TryGetValue(qid, out var m);
            var source = Text(m, "source") ?? "unknown";
            var split = Text(m, "split") ?? "unknown";
            var answers = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("answers", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToList()
                : [];
            var judged = grades.TryGetValue(qid, out var g) ? g : new Dictionary<string, int>(StringComparer.Ordinal);
            var gold = Text(m, "gold") ?? judged.Where(p => p.Value >= 2).Select(p => p.Key).FirstOrDefault();
            queries.Add(new EvalQuery(qid, parts[1], source, SplitName(source, split), split, judged, gold, answers));
        }

        return new ArqaDataSet(documents, queries);
    }

    /// <summary>ARCD has a train/test split; XQuAD is test only.</summary>
    internal static string SplitName(string source, string split) => source switch
    {
        "arcd" => split == "train" ? "ARCD train" : "ARCD test",
        "xquad" => "XQuAD test",
        _ => $"{source} {split}",
    };

    private static CorpusDocument ReadDocument(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new CorpusDocument(
            root.GetProperty("id").GetString()!,
            Text(root, "title") ?? string.Empty,
            Text(root, "text") ?? string.Empty)
        {
            Article = Text(root, "article"),
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
