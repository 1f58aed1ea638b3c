using System.Globalization;

namespace SearchService.Benchmarks.Measuring;

/// <summary>Resident memory of a process from <c>/proc/PID/status</c> (Linux): VmHWM is the peak since start (or
/// since the last reset), VmRSS the current value. Null when the process is gone or /proc is unavailable.</summary>
internal static class ProcStatus
{
    public static (long PeakBytes, long CurrentBytes)? Read(int pid)
    {
        try
        {
            long? peak = null, current = null;
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    current = Kilobytes(line);
                }
            }

            return peak is { } p && current is { } c ? (p, c) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Resets this process's VmHWM to its current RSS (Linux 4.0+), so a phase's peak can be told apart
    /// from what loading the documents cost. False when the kernel does not allow it.</summary>
    public static bool ResetOwnPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // "VmHWM:	  123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture) * 1024;
}
