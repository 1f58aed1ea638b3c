using System.Globalization;

namespace SearchService.Benchmarks.Service;

/// <summary>Runs wrk (Debian's <c>wrk</c> package) with a generated Lua script against the local service.</summary>
internal static class WrkRunner
{
    public const string Executable = "wrk";

    /// <summary>wrk's arguments: -t1 for one connection, else -t2 (the machine has two cores), --latency, a
    /// timeout far above the service's 2 s query budget so slow answers are measured rather than dropped.</summary>
    public static IReadOnlyList<string> Arguments(Uri address, string script, int connections, int seconds) =>
    [
        "-t" + (connections == 1 ? "1" : "2"),
        "-c" + connections.ToString(CultureInfo.InvariantCulture),
        "-d" + seconds.ToString(CultureInfo.InvariantCulture) + "s",
        "--timeout", "10s",
        "--latency",
        "-s", script,
        address.ToString(),
    ];

    /// <summary>Runs to the end of its duration; its whole output is kept in <paramref name="outputFile"/>.</summary>
    public static async Task<WrkResult> RunAsync(string label, Uri address, string script, int connections, int seconds, string outputFile, bool countsResponses, CancellationToken ct)
    {
        var output = await ChildProcess.RunAsync(Executable, Arguments(address, script, connections, seconds), ct);
        await File.WriteAllTextAsync(outputFile, output.Stdout + output.Stderr, ct);
        return Parse(label, connections, output.Stdout, outputFile, countsResponses);
    }

    /// <summary>Reads the script's <c>BENCH key=value …</c> line.</summary>
    public static WrkResult Parse(string label, int connections, string stdout, string outputFile, bool countsResponses)
    {
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(WrkScript.Marker + " ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no {WrkScript.Marker} line (see {outputFile})");
        var values = line[(WrkScript.Marker.Length + 1)..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(kv => kv.Split('='))
            .ToDictionary(kv => kv[0], kv => long.Parse(kv[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new WrkResult(
            label,
            connections == 1 ? 1 : 2,
            connections,
            values["requests"],
            TimeSpan.FromMicroseconds(values["duration_us"]),
            countsResponses ? values["non2xx"] : -1,
            values["status_errors"],
            values["connect"] + values["read"] + values["write"] + values["timeout"],
            values["timeout"],
            values["p50_us"] / 1000.0,
            values["p90_us"] / 1000.0,
            values["p99_us"] / 1000.0,
            values["max_us"] / 1000.0,
            outputFile);
    }
}
