using System.Diagnostics;
using System.Globalization;

namespace SearchService.CrashHarness;

/// <summary>
/// One run: start the service, SIGKILL it during the initial pass or during a stream of file changes (sometimes a
/// second time while it recovers), restart it, wait for /readyz and verify the index against the folder model.
/// </summary>
internal sealed class CrashRun(HarnessOptions options, FolderModel model, string indexFolder, string logFile, Random random)
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(10);

    public async Task<RunResult> ExecuteAsync(int run, string mode, CancellationToken ct)
    {
        var initial = mode == "initial";
        var clock = Stopwatch.StartNew();
        var kills = 0;
        var operations = 0;
        string moment;
        if (initial)
        {
            // A fresh index: the whole folder is indexed from nothing, and the kill lands somewhere in that pass.
            if (Directory.Exists(indexFolder))
            {
                Directory.Delete(indexFolder, recursive: true);
            }

            using var service = Start(run);
            moment = await KillDuringPassAsync(service, ct);
            kills++;
        }
        else if (mode == "rebuild")
        {
            // The admin rebuild re-reads every file while changes keep coming: killed somewhere in that pass.
            using var service = Start(run);
            await service.WaitUntilReadyAsync(ReadyTimeout, ct);
            await service.RequestRebuildAsync(ct);
            var changes = Task.Run(() => ChangeWhileAsync(service, ct), ct);
            moment = "rebuild " + await KillDuringPassAsync(service, ct, rebuild: true);
            operations = await changes;
            kills++;
        }
        else
        {
            using var service = Start(run);
            await service.WaitUntilReadyAsync(ReadyTimeout, ct);
            (moment, operations) = await KillDuringChangesAsync(service, ct);
            kills++;
        }

        // Sometimes kill it again while it recovers: recovery itself must be crash-safe.
        if (random.Next(3) == 0)
        {
            using var service = Start(run);
            moment += "; again " + await KillDuringPassAsync(service, ct);
            kills++;
        }

        using var restarted = Start(run);
        var recovery = Stopwatch.StartNew();
        await restarted.WaitUntilReadyAsync(ReadyTimeout, ct);
        recovery.Stop();
        var verification = await IndexVerifier.VerifyAsync(restarted.Client, model.Markers, ct);
        restarted.Kill(); // idle by now; the next run starts its own process
        return new RunResult(run, mode, kills, moment, operations, recovery.Elapsed, clock.Elapsed, verification);
    }

    private ServiceProcess Start(int run)
    {
        File.AppendAllText(logFile, $"==== run {run}: start {DateTimeOffset.UtcNow:O}\n");
        return ServiceProcess.Start(options, model.Root, indexFolder, logFile);
    }

    /// <summary>Kills when the pass has processed a random share of its files (or at once, before it answers).</summary>
    private async Task<string> KillDuringPassAsync(ServiceProcess service, CancellationToken ct, bool rebuild = false)
    {
        if (!rebuild && random.Next(8) == 0)
        {
            await Task.Delay(random.Next(200, 1500), ct);
            service.Kill();
            return "at start-up";
        }

        var share = random.NextDouble() * 0.95;
        var timer = Stopwatch.StartNew();
        while (true)
        {
            var progress = await service.ProgressAsync(ct);
            // A rebuild runs on a ready service: wait for its pass (total > 0) rather than for readiness.
            // (A rebuild's pass covers every file, which tells it apart from the restart's smaller pass before it.)
            var minimum = rebuild ? model.Markers.Count / 2 : 1;
            if (progress is { } p && ((p.Ready && !rebuild) || (p.Total >= minimum && p.Processed >= share * p.Total)))
            {
                service.Kill();
                return p.Ready && !rebuild
                    ? "after the pass (ready)"
                    : string.Create(CultureInfo.InvariantCulture, $"pass at {p.Processed}/{p.Total}");
            }

            if (service.HasExited || timer.Elapsed > ReadyTimeout)
            {
                throw new InvalidOperationException("the service exited or never started a pass");
            }

            await Task.Delay(20, ct);
        }
    }

    /// <summary>Random changes until the service has exited (killed by the caller), then up to a second more.</summary>
    private async Task<int> ChangeWhileAsync(ServiceProcess service, CancellationToken ct)
    {
        var operations = 0;
        var afterKill = TimeSpan.FromMilliseconds(random.Next(0, 1000));
        Stopwatch? down = null;
        while (down is null || down.Elapsed < afterKill)
        {
            lock (model)
            {
                model.RandomChange();
            }

            operations++;
            await Task.Delay(random.Next(0, 3), ct);
            if (down is null && service.HasExited)
            {
                down = Stopwatch.StartNew();
            }
        }

        return operations;
    }

    /// <summary>Creates, overwrites, deletes and renames files; kills mid-stream and keeps changing a little while
    /// the service is down, as a writer that does not know about the crash would.</summary>
    private async Task<(string Moment, int Operations)> KillDuringChangesAsync(ServiceProcess service, CancellationToken ct)
    {
        var killAfter = TimeSpan.FromMilliseconds(random.Next(200, 6000));
        var afterKill = TimeSpan.FromMilliseconds(random.Next(0, 1000));
        var timer = Stopwatch.StartNew();
        var operations = 0;
        var killedAt = -1;
        while (killedAt < 0 || timer.Elapsed < killAfter + afterKill)
        {
            model.RandomChange();
            operations++;
            if (killedAt < 0 && timer.Elapsed >= killAfter)
            {
                service.Kill();
                killedAt = operations;
            }

            if (random.Next(4) == 0)
            {
                await Task.Delay(random.Next(0, 5), ct);
            }
        }

        return (string.Create(CultureInfo.InvariantCulture, $"after {killedAt} changes ({killAfter.TotalSeconds:F1} s), {operations - killedAt} more while down"), operations);
    }
}
