using System.Globalization;

namespace SearchService.CrashHarness;

/// <summary>Command-line settings; every one has a default so a bare run does what docs/reliability.md says.</summary>
internal sealed record HarnessOptions
{
    public int Runs { get; init; } = 30;

    public int Documents { get; init; } = 20_000;

    public int Port { get; init; } = 18300;

    public int Seed { get; init; } = Environment.TickCount;

    /// <summary>initial, changes, rebuild, or mixed (initial and changes alternating).</summary>
    public string Mode { get; init; } = "mixed";

    public string? WorkFolder { get; init; }

    public bool KeepWorkFolder { get; init; }

    /// <summary>The Release build by default; <c>--service</c> runs a copy, so rebuilding the repository mid-run
    /// does not swap the binary under the harness.</summary>
    public string ServiceDll { get; init; } = Path.Combine(FindRepositoryRoot(), "src", "SearchService.Api", "bin", "Release", "net10.0", "SearchService.Api.dll");

    public string CorpusFolder { get; init; } = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "corpus", "news"));

    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--runs" => options with { Runs = Int() },
                "--docs" => options with { Documents = Int() },
                "--port" => options with { Port = Int() },
                "--seed" => options with { Seed = Int() },
                "--mode" => options with { Mode = Next() },
                "--service" => options with { ServiceDll = Path.GetFullPath(Next()) },
                "--corpus" => options with { CorpusFolder = Path.GetFullPath(Next()) },
                "--work" => options with { WorkFolder = Path.GetFullPath(Next()) },
                "--keep" => options with { KeepWorkFolder = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Mode is "initial" or "changes" or "rebuild" or "mixed"
            ? options
            : throw new ArgumentException("--mode must be initial, changes, rebuild or mixed");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
