using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;

// Usage: NameCheck INDEX_DIR DOCS_JSONL NAMES_TSV
//   INDEX_DIR: an index of DOCS_JSONL built by the benchmark (bench queries --index-dir DIR --keep);
//   NAMES_TSV: "Latin<TAB>arabic spellings separated by spaces" per line (names.tsv beside this file).
// An article is relevant to a name when it holds one of the name's Arabic spellings (attached prefixes allowed) or
// the Latin form as a word. A spelling missing from the list makes its articles count as wrong answers.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: NameCheck INDEX_DIR DOCS_JSONL NAMES_TSV");
    return 2;
}

string[] prefixes = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول", "فب", "فل", "وك", "ولل"];
var names = File.ReadAllLines(args[2]).Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t'))
    .Select(p => (Latin: p[0], Forms: p[1].Split(' ').SelectMany(s => prefixes.Select(x => x + s)).Append(p[0].ToLowerInvariant()).ToHashSet()))
    .ToList();
var relevant = names.ToDictionary(n => n.Latin, _ => new HashSet<string>());
var words = new Regex(@"[\u0621-\u064A]+|[A-Za-z]+");
foreach (var line in File.ReadLines(args[1]))
{
    using var doc = JsonDocument.Parse(line);
    var root = doc.RootElement;
    var text = ArabicFold((root.TryGetProperty("title", out var t) ? t.GetString() : "") + " " + root.GetProperty("text").GetString());
    var seen = words.Matches(text).Select(m => m.Value).ToHashSet();
    foreach (var name in names.Where(n => seen.Overlaps(n.Forms)))
    {
        relevant[name.Latin].Add(root.GetProperty("id").GetString()!);
    }
}

using var store = IndexStore.Open(args[0], NullLogger.Instance);
var engine = new SearchEngine(store.Searchers, QueryWeights.Default, new SnippetBuilder(), SearchLimits.Default);
double recallSum = 0, precisionSum = 0;
Console.WriteLine("| name | relevant | found | recall@1000 | P@10 | spellings searched |");
Console.WriteLine("|---|---:|---:|---:|---:|---|");
foreach (var name in names)
{
    var found = new List<string>();
    IReadOnlyList<ExpandedWord> expanded = [];
    for (var page = 1; page <= 10; page++)
    {
        var results = engine.Search(new SearchRequest(name.Latin, page, 100));
        expanded = results.Expanded;
        found.AddRange(results.Hits.Select(h => h.Id));
        if (results.Hits.Count < 100)
        {
            break;
        }
    }

    var rel = relevant[name.Latin];
    var recall = rel.Count == 0 ? 1 : found.Count(rel.Contains) / (double)Math.Min(rel.Count, 1000);
    var precision = found.Take(10).Count(rel.Contains) / (double)Math.Max(1, Math.Min(10, rel.Count));
    recallSum += recall;
    precisionSum += precision;
    var spellings = string.Join("، ", expanded.SelectMany(e => e.Variants));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name.Latin} | {rel.Count} | {found.Count} | {recall:F3} | {precision:F2} | {spellings} |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nMean over {names.Count} names: recall@1000 {recallSum / names.Count:F3}, P@10 {precisionSum / names.Count:F3}"));
return 0;

// The index's folding, for the relevance check only (the engine folds its own way).
static string ArabicFold(string text) =>
    new Regex("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F]").Replace(text, "")
        .Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا').Replace('ٱ', 'ا').Replace('ة', 'ه').Replace('ى', 'ي')
        .ToLowerInvariant();
