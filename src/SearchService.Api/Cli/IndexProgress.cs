using System.Globalization;
using SearchService.Worker.Status;

namespace SearchService.Api.Cli;

/// <summary>
/// How far the <c>index</c> verb's pass is, read from the <see cref="IndexStatus"/> the indexer reports to: on a
/// terminal, a bar redrawn in place; otherwise (a log, CI, a pipe) a plain line every few seconds.
/// </summary>
internal sealed class IndexProgress : IAsyncDisposable
{
    private const int BarWidth = 30;
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(5);

    private readonly IndexStatus status;
    private readonly TextWriter output;
    private readonly bool terminal;
    private readonly TimeProvider time;
    private readonly long started;
    private readonly CancellationTokenSource stop = new();
    private readonly Task drawing;

    private IndexProgress(IndexStatus status, TextWriter output, bool terminal, TimeProvider time)
    {
        this.status = status;
        this.output = output;
        this.terminal = terminal;
        this.time = time;
        started = time.GetTimestamp();
        drawing = DrawAsync(stop.Token);
    }

    public static IndexProgress Start(IndexStatus status, TextWriter output, bool terminal, TimeProvider time) =>
        new(status, output, terminal, time);

    /// <summary>Stops drawing and leaves the final count on its own line.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await drawing.ConfigureAwait(false);
        stop.Dispose();
        if (status.Snapshot().PassTotal > 0)
        {
            Draw();
            if (terminal)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task DrawAsync(CancellationToken stopping)
    {
        using var ticks = new PeriodicTimer(terminal ? TerminalEvery : LineEvery, time);
        try
        {
            while (await ticks.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                if (status.Snapshot().PassTotal > 0)
                {
                    Draw();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void Draw()
    {
        var total = status.Snapshot().PassTotal;
        var done = Math.Min(status.PassProcessed, total);
        var rate = done / Math.Max(time.GetElapsedTime(started).TotalSeconds, 0.001);
        var counts = string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{total:N0} files ({rate:F0} files/s)");
        if (terminal)
        {
            var filled = (int)(BarWidth * done / total);
            output.Write($"\r[{new string('#', filled)}{new string('-', BarWidth - filled)}] {counts} ");
        }
        else
        {
            output.WriteLine($"indexing: {counts}");
        }

        output.Flush();
    }
}
