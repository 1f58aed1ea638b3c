using Microsoft.Extensions.Logging;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.Infrastructure;
using SearchService.Tests.FileSystems;

namespace SearchService.Core.Tests.Indexing;

/// <summary>Closing the index when the disk is full (the commit at shutdown fails): logged, never thrown, and the
/// last commit stands.</summary>
public sealed class FullDiskTests
{
    [SkippableFact]
    public void Dispose_OnAFullDisk_LogsTheFailedCommit_DoesNotThrow_AndTheLastCommitStands()
    {
        using var mount = TmpfsMount.TryMount(megabytes: 4, out var why);
        Skip.If(mount is null, why);
        var index = Path.Combine(mount.Path, "index");
        var logger = new RecordingLogger();
        var store = IndexStore.Open(index, logger);
        store.Upsert(TempIndex.Document("committed.txt", "نص"));
        store.Commit();
        store.Upsert(TempIndex.Document("pending.txt", string.Concat(Enumerable.Repeat("كلمات كثيرة أخرى ", 2_000))));
        var ballast = mount.Fill("ballast");

        var thrown = Record.Exception(store.Dispose);

        Assert.Null(thrown);
        Assert.Contains(logger.Errors, e => e.Contains("No space left", StringComparison.OrdinalIgnoreCase));
        File.Delete(ballast);
        using var reopened = IndexStore.Open(index, logger);
        Assert.Null(reopened.RebuildReason);
        Assert.NotNull(reopened.Searchers.Find("committed.txt"));
        Assert.Null(reopened.Searchers.Find("pending.txt"));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Add($"{formatter(state, exception)} {exception?.Message}");
            }
        }
    }
}
