using System.Collections.Concurrent;

namespace SearchService.Core.Indexing;

/// <summary>
/// A lock file held open with <see cref="FileShare.None"/> for the store's lifetime (.NET takes an advisory
/// <c>flock</c> for it on Linux), so a second service on the same index folder fails at start. Lucene's own
/// write.lock did not stop a second process on Linux. The file stays: deleting it would race with the next holder.
/// </summary>
internal sealed class IndexFolderLock : IDisposable
{
    public const string FileName = "searchservice.lock";

    // Folders this process holds. Options are validated again after the store opened (IOptions and the start-up
    // validator each validate once), and that second check must not mistake our own lock for another service's.
    private static readonly ConcurrentDictionary<string, byte> HeldHere = new(StringComparer.Ordinal);

    private readonly string root;
    private readonly FileStream stream;

    private IndexFolderLock(string root, FileStream stream)
    {
        this.root = root;
        this.stream = stream;
    }

    public static IndexFolderLock Acquire(string root)
    {
        var path = Path.Combine(root, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not DirectoryNotFoundException && (HeldHere.ContainsKey(root) || IsLocked(path)))
        {
            throw new IOException(InUseMessage(root), e);
        }

        HeldHere[root] = 0;
        return new IndexFolderLock(root, stream);
    }

    /// <summary>True when another process holds the folder (a service in this process is found when it opens).</summary>
    public static bool IsHeldByAnotherProcess(string root) =>
        !HeldHere.ContainsKey(root) && IsLocked(Path.Combine(root, FileName));

    public static string InUseMessage(string root) =>
        $"'{root}' is in use by another running SearchService (it holds '{FileName}' there); give each instance an index folder of its own.";

    public void Dispose()
    {
        HeldHere.TryRemove(root, out _);
        stream.Dispose();
    }

    private static bool IsLocked(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false; // not a lock conflict; opening the store reports what is wrong
        }
        catch (IOException)
        {
            return true;
        }
    }
}
