using System.Globalization;

namespace SearchService.Benchmarks.Cli;

/// <summary>Command-line words → <see cref="BenchOptions"/>. Throws <see cref="ArgumentException"/> with a usable message.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/SearchService.Benchmarks -- MODE [options]
        Modes (docs/benchmarks.md says what each measures):
          index       index the docs in-process through the engine: docs/s, MB/s, size on disk, peak memory
          queries     index, then the 300 queries in-process with snippets: p50/p95/p99 per kind, q/s on 1 and 2 threads
          files       write the docs as .txt files, start the built service on them: time to ready; then a restart
          http        the built service under wrk at each --connections, the 300 queries URL-encoded in rotation
          freshness   create, change and delete files under a query load: time until /api/search shows the change
          growth      index + queries at each of --sizes (copies of the news under new ids, shuffled by --seed)
          peers       the Java Lucene peer (lucene/run.sh) on the same docs and all queries, --op or then --op and
          large       50 KB-1 MB documents, then ten 5 MB ones, among articles: search times with and without them
          all         index + queries + peers (+ --with-files, --with-http, --with-freshness) and a markdown report
        Documents:
          --docs-file FILE      the peers' docs JSONL (default /tmp/news70k.jsonl, from shared/corpus/bench/make_docs.py)
          --every K, --limit N  a sample, counted as make_docs.py counts (every K-th document, at most N)
          --docs N              exactly N documents: the first N, or with --replicate copies under new ids
          --replicate           with --docs (and in growth): copies of the sample, shuffled by --seed S (default 20251125)
        In-process:
          --index-dir DIR --keep  where the in-process index goes and keep it (reused by queries if complete)
          --threads N           parallel upserts (default: one per core, as the service's first pass)
          --commit-every N      commit every N documents (default 5000, about as often as the service's first pass refreshes)
          --filter-from DAY --filter-tag TAG  run every query with these filters (dates and tags come from the news ids)
          --warmup N --repeat N untimed, then timed runs of each query (default 5, 20)
          --passes N            passes over the 300 queries for the 1- and 2-thread q/s (default 3)
          --topk N              hits per query, each with snippets (default 10)
          --sizes N,N,...       growth sizes (default 70000,300000,1000000)
          --ranking K=V,K=V     Search:Ranking settings for the engine and the service, e.g. Root=0,Proximity=0
        Service (files, http, freshness):
          --service DLL         the built service (default src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll)
          --work DIR            documents folder and index, reused between runs (default /tmp/searchservice-bench/work-<docs>)
          --port N              loopback port (default 18400)
          --duration S          wrk seconds per concurrency (default 20)
          --connections N,N,... wrk concurrencies (default 1,8,64; -t1 for 1, -t2 otherwise)
          --rate-limit N        RateLimit:RequestsPerSecond (default 0 = off; set it to see wrk count 429s)
          --service-log-level L Logging:LogLevel:Default of the service (default: as it ships, Information)
          --freshness-files N   files created, changed and deleted (default 200)
          --freshness-load N    concurrent searching clients meanwhile (default 8)
        Peers and output:
          --peer-warmup N --peer-repeat N  Lucene's --warmup/--repeat (default 20, 20)
          --lucene-build DIR    where lucene/run.sh compiles (default /tmp/lucene-build)
          --bench-dir DIR       shared/corpus/bench (default: found above the current folder)
          --peers-dir DIR       shared/peers (default: found above the current folder)
          --out DIR             reports and raw outputs (default /tmp/searchservice-bench/MODE-<time>)
          --with-files --with-http --with-freshness   (all) add these modes to the report
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args, string currentDirectory, DateTimeOffset now)
    {
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException("Name a mode first.");
        }

        var mode = args[0];
        var shared = FindShared(currentDirectory);
        var docsFile = "/tmp/news70k.jsonl";
        string? bench = null, peers = null, output = null, work = null, service = null;
        var options = new BenchOptions
        {
            Mode = mode,
            DocsFile = docsFile,
            BenchDirectory = string.Empty,
            PeersDirectory = string.Empty,
            OutDirectory = string.Empty,
            WorkDirectory = string.Empty,
            ServiceDll = string.Empty,
            CommandText = string.Join(' ', args),
        };

        for (var i = 1; i < args.Count; i++)
        {
            var flag = args[i];
            options = flag switch
            {
                "--docs-file" => options with { DocsFile = Path.GetFullPath(Value(), currentDirectory) },
                "--every" => options with { Every = Number(Value()) },
                "--limit" => options with { Limit = Number(Value()) },
                "--docs" => options with { Docs = Number(Value()) },
                "--replicate" => options with { Replicate = true },
                "--seed" => options with { Seed = Number(Value()) },
                "--index-dir" => options with { IndexDirectory = Path.GetFullPath(Value(), currentDirectory) },
                "--keep" => options with { KeepIndex = true },
                "--threads" => options with { Threads = Number(Value()) },
                "--commit-every" => options with { CommitEvery = Number(Value()) },
                "--filter-from" => options with { FilterFrom = DateOnly.ParseExact(Value(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                "--filter-tag" => options with { FilterTag = Value() },
                "--warmup" => options with { Warmup = Number(Value()) },
                "--repeat" => options with { Repeat = Number(Value()) },
                "--passes" => options with { Passes = Number(Value()) },
                "--topk" => options with { TopK = Number(Value()) },
                "--sizes" => options with { GrowthSizes = Numbers(Value()) },
                "--port" => options with { Port = Number(Value()) },
                "--duration" => options with { DurationSeconds = Number(Value().TrimEnd('s')) },
                "--connections" => options with { Connections = Numbers(Value()) },
                "--rate-limit" => options with { RateLimit = Number(Value()) },
                "--service-log-level" => options with { ServiceLogLevel = Value() },
                "--ranking" => options with { Ranking = RankingSettings.Parse(Value()) },
                "--freshness-files" => options with { FreshnessFiles = Number(Value()) },
                "--freshness-load" => options with { FreshnessLoad = Number(Value()) },
                "--peer-warmup" => options with { PeerWarmup = Number(Value()) },
                "--peer-repeat" => options with { PeerRepeat = Number(Value()) },
                "--lucene-build" => options with { LuceneBuild = Path.GetFullPath(Value(), currentDirectory) },
                "--with-files" => options with { WithFiles = true },
                "--with-http" => options with { WithHttp = true },
                "--with-freshness" => options with { WithFreshness = true },
                "--bench-dir" => Set(ref bench),
                "--peers-dir" => Set(ref peers),
                "--out" => Set(ref output),
                "--work" => Set(ref work),
                "--service" => Set(ref service),
                _ => throw new ArgumentException($"Unknown option '{flag}'."),
            };

            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{flag} needs a value.");

            BenchOptions Set(ref string? target)
            {
                target = Path.GetFullPath(Value(), currentDirectory);
                return options;
            }
        }

        var root = FindRepositoryRoot() ?? currentDirectory;
        var sample = Path.GetFileNameWithoutExtension(options.DocsFile)
            + (options.Every > 1 ? $"-every{options.Every}" : string.Empty)
            + (options.Limit > 0 ? $"-limit{options.Limit}" : string.Empty)
            + (options.Docs is { } n ? $"-docs{n}{(options.Replicate ? "r" + options.Seed.ToString(CultureInfo.InvariantCulture) : string.Empty)}" : string.Empty);
        var result = options with
        {
            BenchDirectory = bench ?? Path.Combine(shared ?? currentDirectory, "corpus", "bench"),
            PeersDirectory = peers ?? Path.Combine(shared ?? currentDirectory, "peers"),
            OutDirectory = output ?? Path.Combine("/tmp/searchservice-bench", $"{mode}-{now:yyyyMMdd-HHmmss}"),
            WorkDirectory = work ?? Path.Combine("/tmp/searchservice-bench", "work-" + sample),
            ServiceDll = service ?? Path.Combine(root, "src", "SearchService.Api", "bin", "Release", "net10.0", "SearchService.Api.dll"),
        };
        result.Validate();
        return result;
    }

    /// <summary>shared/ lives beside the work trees, so walk up until a folder holds shared/corpus.</summary>
    private static string? FindShared(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The checkout this tool was built in (its bin folder lies below SearchService.sln), or else the one
    /// the run was started from (a copy of the binaries run from the repository root).</summary>
    public static string? FindRepositoryRoot() =>
        FindSolutionAbove(AppContext.BaseDirectory) ?? FindSolutionAbove(Environment.CurrentDirectory);

    private static string? FindSolutionAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"'{text}' is not a whole number ≥ 0.");

    private static int[] Numbers(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number)];
}
