using System.Globalization;

namespace SearchService.Benchmarks.Output;

/// <summary>A peer's report in the common format, read back: the header lines and each query's hits.</summary>
internal sealed record PeerOutput(string Peer, int Docs, double IndexSeconds, long IndexBytes, IReadOnlyDictionary<string, int> Hits, double P50, double P95, double Qps, int Runs)
{
    public static PeerOutput Parse(string path)
    {
        string peer = string.Empty;
        int docs = 0, runs = 0;
        double seconds = 0, p50 = 0, p95 = 0, qps = 0;
        long bytes = 0;
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var inQueries = false;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "peer": peer = parts[1]; break;
                case "docs": docs = int.Parse(parts[1], CultureInfo.InvariantCulture); break;
                case "index_seconds": seconds = double.Parse(parts[1], CultureInfo.InvariantCulture); break;
                case "index_bytes": bytes = long.Parse(parts[1], CultureInfo.InvariantCulture); break;
                case "#query": inQueries = true; break;
                case "all_queries":
                    inQueries = false;
                    foreach (var kv in parts.Skip(1).Select(p => p.Split('=')))
                    {
                        var value = double.Parse(kv[1], CultureInfo.InvariantCulture);
                        _ = kv[0] switch
                        {
                            "p50_ms" => p50 = value,
                            "p95_ms" => p95 = value,
                            "qps" => qps = value,
                            "runs" => runs = (int)value,
                            _ => 0,
                        };
                    }

                    break;
                default:
                    if (inQueries && parts.Length == 4)
                    {
                        hits[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    }

                    break;
            }
        }

        return peer.Length > 0 && docs > 0
            ? new PeerOutput(peer, docs, seconds, bytes, hits, p50, p95, qps, runs)
            : throw new InvalidDataException($"{path} is not a peer report (no peer/docs lines)");
    }
}
