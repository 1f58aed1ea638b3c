using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Evaluation;

/// <summary>What to evaluate; built by <see cref="CommandLine"/> or directly by tests.</summary>
internal sealed record EvaluationOptions
{
    /// <summary>Folder with docs.jsonl, queries.tsv, qrels.txt, queries.meta.jsonl.</summary>
    public required string ArqaDirectory { get; init; }

    /// <summary>Folder of news/*.jsonl.gz to add as distractors, or null for arqa alone.</summary>
    public string? NewsDirectory { get; init; }

    /// <summary>Only the first N queries (after the split filter): the quick mode.</summary>
    public int? Sample { get; init; }

    /// <summary>"train", "test" or "all" (the raw split of queries.meta.jsonl).</summary>
    public string Split { get; init; } = "all";

    /// <summary>Where to write one line per query, or null.</summary>
    public string? RanksFile { get; init; }

    /// <summary>Where the two indexes go (kept); null for a temp folder deleted at the end.</summary>
    public string? IndexDirectory { get; init; }

    public QueryWeights Weights { get; init; } = QueryWeights.Default;

    public Bm25Parameters Bm25 { get; init; } = Bm25Parameters.Default;

    public bool Baseline { get; init; } = true;

    /// <summary>Measure related documents (paragraphs of one article find each other) instead of questions.</summary>
    public bool Related { get; init; }

    /// <summary>Time completions on the news corpus instead (<see cref="SuggestTiming"/>).</summary>
    public bool Suggest { get; init; }

    public Core.Related.RelatedWeights RelatedWeights { get; init; } = Core.Related.RelatedWeights.Default;

    /// <summary>How many results are taken per query (Recall@100 needs 100).</summary>
    public int Depth { get; init; } = 100;
}
