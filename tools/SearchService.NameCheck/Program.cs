using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;

// Usage: NameCheck INDEX_DIR DOCS_JSONL NAMES_TSV [QUERIES_TXT ...]
//   INDEX_DIR: an index of DOCS_JSONL built by the benchmark (bench queries --index-dir DIR --keep);
//   NAMES_TSV: "Latin<TAB>arabic spellings separated by spaces (two words joined by _)" per line (names.tsv beside this file, the list the
//   rules were tuned on; heldout.tsv, a second list to check them on);
//   QUERIES_TXT: optional query files (one query per line, or id<TAB>query): every distinct word of them is
//   searched alone and the ones given other spellings are listed, to see what native words the reading joins.
// An article is relevant to a name when it holds one of the name's Arabic spellings (attached prefixes allowed) or
// the Latin form as a word. Each spelling, and the Latin form, is searched with names read as names (the service)
// and without (Search:Ranking:Names=false, the engine before issue 11), in the same run over the same index.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: NameCheck INDEX_DIR DOCS_JSONL NAMES_TSV [QUERIES_TXT ...]");
    return 2;
}

string[] prefixes = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول", "فب", "فل", "وك", "ولل"];
// A spelling in two words is written with an underscore (فيس_بوك) and searched with a space.
var names = File.ReadAllLines(args[2]).Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t'))
    .Select(p => (Latin: p[0], Spellings: p[1].Split(' ').Select(s => s.Replace('_', ' ')).ToArray(),
        Forms: p[1].Split(' ').SelectMany(s => prefixes.Select(x => x + s)).Append(p[0].ToLowerInvariant()).ToHashSet()))
    .ToList();
var relevant = names.ToDictionary(n => n.Latin, _ => new HashSet<string>());
var words = new Regex(@"[\u0621-\u064A]+|[A-Za-z]+");
foreach (var line in File.ReadLines(args[1]))
{
    using var doc = JsonDocument.Parse(line);
    var root = doc.RootElement;
    var text = ArabicFold((root.TryGetProperty("title", out var t) ? t.GetString() : "") + " " + root.GetProperty("text").GetString());
    var tokens = words.Matches(text).Select(m => m.Value).ToList();
    var seen = tokens.Concat(tokens.Zip(tokens.Skip(1), (a, b) => a + "_" + b)).ToHashSet();
    foreach (var name in names.Where(n => seen.Overlaps(n.Forms)))
    {
        relevant[name.Latin].Add(root.GetProperty("id").GetString()!);
    }
}

using var store = IndexStore.Open(args[0], NullLogger.Instance);
var today = new SearchEngine(store.Searchers, QueryWeights.Default with { Names = false }, new SnippetBuilder(), SearchLimits.Default);
var engine = new SearchEngine(store.Searchers, QueryWeights.Default, new SnippetBuilder(), SearchLimits.Default);

var latin = new List<(double Recall, double Precision)>[] { [], [] };
var arabic = new List<(double Recall, double Precision)>[] { [], [] };
Console.WriteLine("| name | typed | relevant | recall@1000 before → after | P@10 before → after | other spellings searched |");
Console.WriteLine("|---|---|---:|---:|---:|---|");
foreach (var name in names)
{
    var rel = relevant[name.Latin];
    var perSpelling = new List<(double Recall, double Precision)>[] { [], [] };
    foreach (var typed in name.Spellings.Prepend(name.Latin))
    {
        var before = Measure(today, typed, rel);
        var after = Measure(engine, typed, rel);
        var isLatin = typed == name.Latin;
        (isLatin ? latin : perSpelling)[0].Add((before.Recall, before.Precision));
        (isLatin ? latin : perSpelling)[1].Add((after.Recall, after.Precision));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name.Latin} | {typed} | {rel.Count} | {before.Recall:F3} → {after.Recall:F3} | {before.Precision:F2} → {after.Precision:F2} | {after.Spellings} |"));
    }

    for (var i = 0; i < 2; i++)
    {
        arabic[i].Add((perSpelling[i].Average(m => m.Recall), perSpelling[i].Average(m => m.Precision)));
    }
}

Console.WriteLine();
Console.WriteLine($"Mean over {names.Count} names (an Arabic name's figure is the mean over its spellings):");
Console.WriteLine("| typed | recall@1000 before → after | P@10 before → after |");
Console.WriteLine("|---|---:|---:|");
foreach (var (label, set) in new[] { ("Latin form", latin), ("Arabic spellings", arabic) })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {set[0].Average(m => m.Recall):F3} → {set[1].Average(m => m.Recall):F3} | {set[0].Average(m => m.Precision):F3} → {set[1].Average(m => m.Precision):F3} |"));
}

if (args.Length > 3)
{
    var queryWords = args.Skip(3).SelectMany(File.ReadLines)
        .Select(l => l.Contains('\t', StringComparison.Ordinal) ? l.Split('\t')[1] : l)
        .SelectMany(l => Regex.Matches(l, @"\p{L}+").Select(m => m.Value))
        .Distinct(StringComparer.Ordinal)
        .ToList();
    var joined = queryWords
        .Select(w => (Word: w, Variants: engine.Search(new SearchRequest(w, 1, 1)).Expanded.SelectMany(e => e.Variants).ToList()))
        .Where(w => w.Variants.Count > 0)
        .ToList();
    Console.WriteLine();
    Console.WriteLine($"Query words given other spellings: {joined.Count} of {queryWords.Count} distinct words");
    foreach (var (word, variants) in joined)
    {
        Console.WriteLine($"- {word}: {string.Join("، ", variants)}");
    }
}

return 0;

static (double Recall, double Precision, string Spellings) Measure(SearchEngine engine, string query, HashSet<string> relevant)
{
    var found = new List<string>();
    IReadOnlyList<ExpandedWord> expanded = [];
    for (var page = 1; page <= 10; page++)
    {
        var results = engine.Search(new SearchRequest(query, page, 100));
        expanded = results.Expanded;
        found.AddRange(results.Hits.Select(h => h.Id));
        if (results.Hits.Count < 100)
        {
            break;
        }
    }

    var recall = relevant.Count == 0 ? 1 : found.Count(relevant.Contains) / (double)Math.Min(relevant.Count, 1000);
    var precision = found.Take(10).Count(relevant.Contains) / (double)Math.Max(1, Math.Min(10, relevant.Count));
    return (recall, precision, string.Join("، ", expanded.SelectMany(e => e.Variants)));
}

// The index's folding, for the relevance check only (the engine folds its own way).
static string ArabicFold(string text) =>
    new Regex("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F]").Replace(text, "")
        .Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا').Replace('ٱ', 'ا').Replace('ة', 'ه').Replace('ى', 'ي')
        .ToLowerInvariant();
