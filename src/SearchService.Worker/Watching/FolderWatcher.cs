using Microsoft.Extensions.Logging;
using SearchService.Worker.Queue;

namespace SearchService.Worker.Watching;

/// <summary>
/// Turns file system events under the documents folder into queued paths. A rename is a delete of the old path
/// plus a change of the new one. When the watcher errs or its buffer overflows, events were lost: it asks for a
/// full reconcile and starts a fresh watcher.
/// </summary>
public sealed partial class FolderWatcher(ChangeQueue queue, ILogger<FolderWatcher> logger) : IDisposable
{
    private readonly Lock gate = new();
    private FileSystemWatcher? watcher;
    private string? root;

    public void Start(string documentsRoot)
    {
        root = documentsRoot;
        Restart();
    }

    public void Dispose()
    {
        lock (gate)
        {
            watcher?.Dispose();
            watcher = null;
        }
    }

    private void Restart()
    {
        lock (gate)
        {
            watcher?.Dispose();
            watcher = new FileSystemWatcher(root!)
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += OnChanged;
            watcher.Changed += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnRenamed;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => queue.Enqueue(e.FullPath);

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        queue.Enqueue(e.OldFullPath);
        queue.Enqueue(e.FullPath);
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        Log.WatcherFailed(logger, e.GetException().Message);
        queue.RequestReconcile();
        try
        {
            Restart();
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            Log.WatcherFailed(logger, ex.Message); // the periodic reconcile still keeps the index in step
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "File watcher error, reconciling the whole folder: {Reason}")]
        public static partial void WatcherFailed(ILogger logger, string reason);
    }
}
