namespace SearchService.Benchmarks.Cli;

/// <summary>Everything a run needs; built by <see cref="CommandLine"/>, checked by <see cref="Validate"/>.</summary>
internal sealed record BenchOptions
{
    public static readonly string[] Modes = ["index", "queries", "files", "http", "freshness", "growth", "peers", "large", "all"];

    public required string Mode { get; init; }

    /// <summary>The peers' docs JSONL (<c>make_docs.py</c> output).</summary>
    public required string DocsFile { get; init; }

    /// <summary>Keep every K-th document (as <c>make_docs.py --every</c>).</summary>
    public int Every { get; init; } = 1;

    /// <summary>At most this many documents after <see cref="Every"/> (0 = all).</summary>
    public int Limit { get; init; }

    /// <summary>Exactly this many documents: the first N, or with <see cref="Replicate"/> copies of the sample.</summary>
    public int? Docs { get; init; }

    public bool Replicate { get; init; }

    public int Seed { get; init; } = 20251125;

    /// <summary>shared/corpus/bench: the three queries_*.txt files.</summary>
    public required string BenchDirectory { get; init; }

    /// <summary>shared/peers: lucene/run.sh, latency_stats.py, summarize.py.</summary>
    public required string PeersDirectory { get; init; }

    /// <summary>Where reports, latency files and wrk/peer outputs go.</summary>
    public required string OutDirectory { get; init; }

    /// <summary>Documents folder and index for the modes that run the service (kept between runs for reuse).</summary>
    public required string WorkDirectory { get; init; }

    /// <summary>In-process index; null for a folder under <see cref="OutDirectory"/>, deleted unless kept.</summary>
    public string? IndexDirectory { get; init; }

    public bool KeepIndex { get; init; }

    /// <summary>Parallel upserts; the service's first pass uses one per core.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>A commit every N documents (about as often as the service's first pass refreshes), and one at the end.</summary>
    public int CommitEvery { get; init; } = 5_000;

    /// <summary>Searches only documents dated from this day on (measures the filters' cost).</summary>
    public DateOnly? FilterFrom { get; init; }

    /// <summary>Searches only documents with this tag (the news category in their id, e.g. culture).</summary>
    public string? FilterTag { get; init; }

    public int Warmup { get; init; } = 5;

    public int Repeat { get; init; } = 20;

    /// <summary>Passes over the 300 queries for the 1- and 2-thread throughput figures.</summary>
    public int Passes { get; init; } = 3;

    /// <summary>Hits per query, each with its snippets (the API's default page size).</summary>
    public int TopK { get; init; } = 10;

    public int PeerWarmup { get; init; } = 20;

    public int PeerRepeat { get; init; } = 20;

    /// <summary>Where lucene/run.sh compiles (shared/ is read-only).</summary>
    public string LuceneBuild { get; init; } = "/tmp/lucene-build";

    public required string ServiceDll { get; init; }

    public int Port { get; init; } = 18400;

    /// <summary>wrk's -d for each concurrency (seconds).</summary>
    public int DurationSeconds { get; init; } = 20;

    public IReadOnlyList<int> Connections { get; init; } = [1, 8, 64];

    /// <summary>The service's RateLimit:RequestsPerSecond; 0 (off) unless checking that wrk reports non-2xx.</summary>
    public int RateLimit { get; init; }

    /// <summary>The service's Logging:LogLevel:Default; null runs it as it ships (appsettings.json: Information,
    /// with ASP.NET Core's per-request lines at Warning).</summary>
    public string? ServiceLogLevel { get; init; }

    /// <summary>Search:Ranking settings for both the in-process engine and the service (default: the service's).</summary>
    public RankingSettings Ranking { get; init; } = RankingSettings.Defaults;

    /// <summary>Files created, changed and deleted by the freshness mode.</summary>
    public int FreshnessFiles { get; init; } = 200;

    /// <summary>Concurrent clients searching while the freshness mode changes files.</summary>
    public int FreshnessLoad { get; init; } = 8;

    public IReadOnlyList<int> GrowthSizes { get; init; } = [70_000, 300_000, 1_000_000];

    /// <summary>In the all mode: also the files, http and freshness modes.</summary>
    public bool WithFiles { get; init; }

    public bool WithHttp { get; init; }

    public bool WithFreshness { get; init; }

    /// <summary>The command as typed, for the report.</summary>
    public string CommandText { get; init; } = string.Empty;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(Modes.Contains(Mode), $"unknown mode '{Mode}' (one of {string.Join(", ", Modes)})");
        Require(File.Exists(DocsFile), $"--docs-file {DocsFile} does not exist; make it with: python3 shared/corpus/bench/make_docs.py {DocsFile}");
        Require(Every >= 1 && Limit >= 0, "--every must be ≥ 1 and --limit ≥ 0");
        Require(Docs is null or > 0, "--docs must be positive");
        Require(!Replicate || Docs is not null || Mode == "growth", "--replicate needs --docs N (or the growth mode's --sizes)");
        Require(Directory.Exists(BenchDirectory), $"--bench-dir {BenchDirectory} does not exist");
        Require(Threads >= 1 && CommitEvery >= 1, "--threads and --commit-every must be ≥ 1");
        Require(Warmup >= 0 && Repeat >= 1 && Passes >= 1 && TopK is >= 1 and <= 100, "--warmup ≥ 0, --repeat ≥ 1, --passes ≥ 1, --topk 1–100");
        Require(PeerWarmup >= 0 && PeerRepeat >= 1, "--peer-warmup ≥ 0 and --peer-repeat ≥ 1");
        Require(Port is > 0 and < 65536, "--port must be a TCP port");
        Require(DurationSeconds >= 1 && Connections.Count > 0 && Connections.All(c => c >= 1), "--duration ≥ 1 s and --connections N,N,… each ≥ 1");
        Require(RateLimit >= 0 && FreshnessFiles >= 1 && FreshnessLoad >= 0, "--rate-limit ≥ 0, --freshness-files ≥ 1, --freshness-load ≥ 0");
        Require(ServiceLogLevel is null or "Trace" or "Debug" or "Information" or "Warning" or "Error" or "Critical" or "None", "--service-log-level must be a LogLevel name (Warning, Information, …)");
        Require(GrowthSizes.Count > 0 && GrowthSizes.All(s => s > 0), "--sizes N,N,… each > 0");
        var needsService = Mode is "files" or "http" or "freshness" || (Mode == "all" && (WithFiles || WithHttp || WithFreshness));
        Require(!needsService || File.Exists(ServiceDll), $"{ServiceDll} is missing: run 'dotnet build -c Release src/SearchService.Api' first (or pass --service DLL)");
        var needsPeers = Mode is "peers" or "all";
        Require(!needsPeers || File.Exists(Path.Combine(PeersDirectory, "lucene", "run.sh")), $"--peers-dir {PeersDirectory} has no lucene/run.sh");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
