using System.IO.Enumeration;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

namespace SearchService.Worker;

/// <summary>The documents under a folder with their fingerprints: what a reconcile and the <c>verify</c> command
/// compare with the index.</summary>
public static class FolderScan
{
    /// <summary>Every candidate document under <paramref name="folder"/> (the documents root or a folder in it), by id.</summary>
    public static Dictionary<string, FolderFile> Files(string documentsRoot, string folder)
    {
        var result = new Dictionary<string, FolderFile>(StringComparer.Ordinal);
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };

        // Symbolic links to folders are not descended into: a link to a parent folder would otherwise be walked
        // until the path got too long, indexing the same files under ever longer ids. Links to files (and broken or
        // looping links) are listed; the reader decides, and reports those that lead nowhere or outside.
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), enumeration)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var file in files)
        {
            var id = DocumentPaths.ToId(documentsRoot, file);
            if (DocumentPaths.IsCandidate(id) && Fingerprint(file) is { } fingerprint)
            {
                result[id] = new FolderFile(file, fingerprint);
            }
        }

        return result;
    }

    /// <summary>The file's fingerprint now, or null when it is gone or cannot be looked at.</summary>
    public static FileFingerprint? Fingerprint(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            return info.Exists ? new FileFingerprint(info.LastWriteTimeUtc.Ticks, info.Length) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
