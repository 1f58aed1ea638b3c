using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>
/// The first step of stopping: /readyz turns 503 and requests keep being served for the drain, so a load balancer
/// stops sending new ones here before the server closes. It runs as the host's "stopping" step, which comes before
/// any hosted service (Kestrel's included) is stopped; the host's shutdown timeout covers the drain and the finish.
/// </summary>
public sealed partial class ShutdownDrain(IOptions<ShutdownOptions> options, TimeProvider time, ILogger<ShutdownDrain> logger)
    : IHostedLifecycleService
{
    private volatile bool draining;

    /// <summary>True from the moment the host starts stopping: /readyz answers 503.</summary>
    public bool IsDraining => draining;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        draining = true;
        var drain = TimeSpan.FromSeconds(options.Value.DrainSeconds);
        LogDraining(logger, options.Value.DrainSeconds);
        if (drain == TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(drain, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out (or a second signal): stop now rather than fail the stop.
        }

        LogDrained(logger);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Stopping: /readyz answers 503, requests are served for {DrainSeconds} s more")]
    private static partial void LogDraining(ILogger logger, int drainSeconds);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Drained: the server stops taking connections and finishes what is in flight")]
    private static partial void LogDrained(ILogger logger);
}
