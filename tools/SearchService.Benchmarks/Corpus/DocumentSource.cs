using System.Globalization;
using SearchService.Benchmarks.Cli;

namespace SearchService.Benchmarks.Corpus;

/// <summary>The documents a run indexes: the JSONL, sampled by --every/--limit, then cut or replicated to --docs.</summary>
internal static class DocumentSource
{
    public static List<BenchDocument> Load(RunContext context)
    {
        var o = context.Options;
        var start = context.Time.GetTimestamp();
        var sample = DocsFile.Read(o.DocsFile, o.Every, o.Limit, context.Cancellation);
        var documents = o.Docs switch
        {
            null => sample,
            { } n when o.Replicate => Replication.Build(sample, n, o.Seed),
            { } n when n <= sample.Count => sample.GetRange(0, n),
            { } n => throw new ArgumentException($"--docs {n} is more than the {sample.Count} documents read; add --replicate"),
        };
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {documents.Count:N0} documents ({MegaBytes(documents):F1} MB of title + text) from {o.DocsFile} in {context.Since(start).TotalSeconds:F1} s"));
        return documents;
    }

    /// <summary>Identifies a sample, so a documents folder written for it can be recognised and reused.</summary>
    public static string Stamp(BenchOptions o)
    {
        var info = new FileInfo(o.DocsFile);
        return string.Create(CultureInfo.InvariantCulture,
            $"source={info.FullName}\nbytes={info.Length}\nmodified={info.LastWriteTimeUtc:O}\nevery={o.Every}\nlimit={o.Limit}\ndocs={o.Docs}\nreplicate={o.Replicate}\nseed={o.Seed}");
    }

    /// <summary>True when the run indexes exactly the JSONL's lines, so a peer can be given the file itself.</summary>
    public static bool IsWholeFile(BenchOptions o) => o.Every == 1 && o.Limit == 0 && o.Docs is null;

    public static double MegaBytes(IEnumerable<BenchDocument> documents) => documents.Sum(d => (long)d.Utf8Bytes) / 1e6;
}
