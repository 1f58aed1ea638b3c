using System.Globalization;
using System.Runtime.InteropServices;

namespace SearchService.Benchmarks.Measuring;

/// <summary>What the figures were measured on: read from /proc and the runtime at the start of a run.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, long MemoryBytes, string OperatingSystem, string Runtime, string LoadAverage, DateTimeOffset Started)
{
    public static MachineInfo Read(TimeProvider time) => new(
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        (long)(double.Parse(FirstValue("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0", CultureInfo.InvariantCulture) * 1024),
        OsName(),
        RuntimeInformation.FrameworkDescription + (System.Runtime.GCSettings.IsServerGC ? ", server GC" : ", workstation GC"),
        LoadAverageNow(),
        time.GetUtcNow());

    /// <summary>1-, 5- and 15-minute load averages: how busy the shared machine was.</summary>
    public static string LoadAverageNow()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string OsName()
    {
        try
        {
            var line = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.OSDescription : line["PRETTY_NAME=".Length..].Trim('"');
        }
        catch (IOException)
        {
            return RuntimeInformation.OSDescription;
        }
    }

    private static string? FirstValue(string file, string key)
    {
        try
        {
            return File.ReadLines(file)
                .Where(l => l.StartsWith(key, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
                .FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
