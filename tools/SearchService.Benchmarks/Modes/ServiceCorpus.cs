using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// The documents folder and index the service runs on, under --work: written once per sample and reused by the
/// files, http and freshness modes (the index left by one run is the next run's unchanged index).
/// </summary>
internal sealed class ServiceCorpus(RunContext context)
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(30);

    public string Documents => Path.Combine(context.Options.WorkDirectory, "files");

    public string Index => Path.Combine(context.Options.WorkDirectory, "index");

    public int FileCount { get; private set; }

    /// <summary>Writes the .txt files unless the folder already holds this sample; returns the seconds spent writing (0 when reused).</summary>
    public double EnsureFiles(IReadOnlyList<BenchDocument> documents)
    {
        var start = context.Time.GetTimestamp();
        var wrote = DocumentFolder.Ensure(Documents, documents, DocumentSource.Stamp(context.Options), context.Cancellation);
        FileCount = DocumentFolder.CountFiles(Documents);
        var seconds = wrote ? context.Since(start).TotalSeconds : 0;
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(wrote ? "wrote" : "reusing")} {FileCount:N0} .txt files in {Documents}{(wrote ? $" ({seconds:F1} s)" : string.Empty)}"));
        return seconds;
    }

    public ServiceProcess Start() =>
        ServiceProcess.Start(
            new ServiceSettings(context.Options.ServiceDll, context.Options.Port, Documents, Index, context.OutFile("service.log"), context.Options.RateLimit, context.Options.ServiceLogLevel, context.Options.Ranking),
            context.Time);

    /// <summary>Starts the service and waits until it is ready and holds every file (indexing what is missing).</summary>
    public async Task<ServiceProcess> StartReadyAsync()
    {
        var service = Start();
        try
        {
            await service.WaitUntilReadyAsync(ReadyTimeout, context.Cancellation);
            var status = await service.WaitForDocumentsAsync(FileCount, ReadyTimeout, context.Cancellation);
            context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"service ready on {service.Address}: {status.Documents:N0} documents, {status.Failures} failures"));
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }
}
