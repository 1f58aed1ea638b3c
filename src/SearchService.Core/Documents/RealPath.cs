namespace SearchService.Core.Documents;

/// <summary>
/// Resolves every symbolic link along a path (there is no portable realpath in .NET), so a link
/// anywhere between the documents folder and the file cannot lead reads outside that folder.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <exception cref="IOException">A link loop, or too many links.</exception>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        var segments = fullPath[root.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

        foreach (var segment in segments)
        {
            var next = Path.Combine(current, segment);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException("Too many levels of symbolic links.");
                }

                // A relative target is relative to the folder holding the link, which is already resolved.
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
