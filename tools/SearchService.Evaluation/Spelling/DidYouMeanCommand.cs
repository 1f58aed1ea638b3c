namespace SearchService.Evaluation.Spelling;

/// <summary>Flags of the <c>did-you-mean</c> run, and the run itself.</summary>
internal static class DidYouMeanCommand
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/SearchService.Evaluation -- did-you-mean [options]
          --docs FILE       the news as JSONL {id,title,text} (default /tmp/news70k.jsonl, made by
                            python3 shared/corpus/bench/make_docs.py /tmp/news70k.jsonl)
          --queries FILE    the benchmark queries (default shared/corpus/bench/queries.txt above the current folder)
          --index-dir DIR   keep the index there and reuse it when complete (default: a temp folder, deleted)
          --misses          also list every slip not restored and every false alarm (kind, meant, typed, suggested)
        """;

    public static int Run(string[] args, string currentDirectory)
    {
        string docs = "/tmp/news70k.jsonl", queries = FindQueries(currentDirectory) ?? "queries.txt";
        string? indexDir = null;
        var misses = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--docs" when i + 1 < args.Length: docs = args[++i]; break;
                case "--queries" when i + 1 < args.Length: queries = args[++i]; break;
                case "--index-dir" when i + 1 < args.Length: indexDir = args[++i]; break;
                case "--misses": misses = true; break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        var path = indexDir ?? Path.Combine(Path.GetTempPath(), "searchservice-dym", Guid.NewGuid().ToString("N"));
        try
        {
            var report = DidYouMeanEvaluation.Run(docs, queries, path, Console.Error);
            DidYouMeanReportWriter.Write(report, Console.Out, misses);
            return 0;
        }
        finally
        {
            if (indexDir is null && Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private static string? FindQueries(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "bench", "queries.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
