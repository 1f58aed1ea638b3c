using SearchService.Core.Indexing;
using System.Globalization;
using SearchService.Core.Querying;

namespace SearchService.Evaluation;

/// <summary>Command-line flags → <see cref="EvaluationOptions"/>. Throws <see cref="ArgumentException"/> with a usable message.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/SearchService.Evaluation -- [options]
          --arqa DIR            arqa folder (default: shared/corpus/arqa in the nearest parent holding shared/)
          --related             measure GET /api/documents/{id}/related instead: each paragraph's siblings in
                                its Wikipedia article are the relevant ones (P@5, MRR; ours and MoreLikeThis)
          --related-terms N, --related-roots N, --related-root-boost F, --related-title-boost F, --related-k1 F
                                RelatedWeights (TextTerms, RootTerms, RootBoost, TitleBoost, K1)
          --suggest             time GET /api/suggest's completions on the news corpus (needs --news)
          --news                add news/*.jsonl.gz (next to arqa/) as distractor documents
          --news-dir DIR        add the news articles from DIR (implies --news)
          --sample N            only the first N queries (quick mode)
          --split train|test|all  which queries to evaluate (default all)
          --ranks FILE          write one line per query (qid, split, rank, nDCG@10, baseline, top three ids, query)
          --index-dir DIR       keep the indexes in DIR and reuse them when complete (default: a temp folder, deleted)
          --no-baseline         skip the stock Lucene baseline (faster tuning runs)
          --title-boost F       QueryWeights.Title
          --exact-boost F       QueryWeights.Exact
          --root F              QueryWeights.Root
          --proximity F         QueryWeights.Proximity
          --proximity-slop N    QueryWeights.ProximitySlop
          --coordination on|off QueryWeights.Coordination
          --k1 F, --b F         BM25 parameters
          --title-k1 F          BM25 k1 of the title fields
          --question-words keep|drop  QueryWeights.DropQuestionWords
        """;

    public static EvaluationOptions Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        string? arqa = null, newsDir = null, ranks = null, indexDir = null;
        var news = false;
        var related = false;
        var suggest = false;
        var relatedWeights = SearchService.Core.Related.RelatedWeights.Default;
        var baseline = true;
        int? sample = null;
        var split = "all";
        var weights = QueryWeights.Default;
        var bm25 = Bm25Parameters.Default;
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            switch (flag)
            {
                case "--arqa": arqa = Value(); break;
                case "--news": news = true; break;
                case "--related": related = true; break;
                case "--suggest": suggest = true; break;
                case "--related-terms": relatedWeights = relatedWeights with { TextTerms = Positive(Value()) }; break;
                case "--related-roots": relatedWeights = relatedWeights with { RootTerms = Positive(Value()) }; break;
                case "--related-root-boost": relatedWeights = relatedWeights with { RootBoost = Float(Value()) }; break;
                case "--related-title-boost": relatedWeights = relatedWeights with { TitleBoost = Float(Value()) }; break;
                case "--related-bm25-k1": relatedWeights = relatedWeights with { Bm25 = relatedWeights.Bm25 with { K1 = Float(Value()) } }; break;
                case "--related-bm25-b": relatedWeights = relatedWeights with { Bm25 = relatedWeights.Bm25 with { B = Float(Value()) } }; break;
                case "--related-duplicates": relatedWeights = relatedWeights with { DuplicateThreshold = Float(Value()) }; break;
                case "--related-idf": relatedWeights = relatedWeights with { IdfInWeight = Value() == "twice" }; break;
                case "--related-exact": relatedWeights = relatedWeights with { ExactTerms = Positive(Value()) }; break;
                case "--related-exact-boost": relatedWeights = relatedWeights with { ExactBoost = Float(Value()) }; break;
                case "--related-k1": relatedWeights = relatedWeights with { K1 = Float(Value()) }; break;
                case "--news-dir": newsDir = Value(); news = true; break;
                case "--sample": sample = Positive(Value()); break;
                case "--split":
                    split = Value();
                    if (split is not ("train" or "test" or "all"))
                    {
                        throw new ArgumentException($"--split must be train, test or all, not '{split}'.");
                    }

                    break;
                case "--ranks": ranks = Value(); break;
                case "--index-dir": indexDir = Value(); break;
                case "--no-baseline": baseline = false; break;
                case "--title-boost": weights = weights with { Title = Float(Value()) }; break;
                case "--exact-boost": weights = weights with { Exact = Float(Value()) }; break;
                case "--root": weights = weights with { Root = Float(Value()) }; break;
                case "--proximity": weights = weights with { Proximity = Float(Value()) }; break;
                case "--proximity-slop": weights = weights with { ProximitySlop = Positive(Value()) }; break;
                case "--k1": bm25 = bm25 with { K1 = Float(Value()) }; break;
                case "--b": bm25 = bm25 with { B = Float(Value()) }; break;
                case "--title-k1": bm25 = bm25 with { TitleK1 = Float(Value()) }; break;
                case "--coordination": weights = weights with { Coordination = Value() == "on" }; break;
                case "--question-words": weights = weights with { DropQuestionWords = Value() == "drop" }; break;
                default: throw new ArgumentException($"Unknown option '{flag}'.");
            }

            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{flag} needs a value.");
        }

        arqa ??= FindArqa(currentDirectory)
            ?? throw new ArgumentException("No shared/corpus/arqa found above the current directory; pass --arqa DIR.");
        if (news)
        {
            newsDir ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(arqa).TrimEnd(Path.DirectorySeparatorChar))!, "news");
        }

        return new EvaluationOptions
        {
            ArqaDirectory = arqa,
            NewsDirectory = news ? newsDir : null,
            Sample = sample,
            Split = split,
            RanksFile = ranks,
            IndexDirectory = indexDir,
            Weights = weights,
            Bm25 = bm25,
            Baseline = baseline,
            Related = related,
            Suggest = suggest,
            RelatedWeights = relatedWeights,
        };
    }

    /// <summary>The data lives in ../shared beside the work trees, so walk up until a folder holds shared/.</summary>
    private static string? FindArqa(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "arqa");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"'{text}' is not a positive whole number.");

    private static float Float(string text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f >= 0
            ? f
            : throw new ArgumentException($"'{text}' is not a non-negative number.");
}
