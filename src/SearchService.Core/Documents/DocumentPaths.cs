namespace SearchService.Core.Documents;

/// <summary>Which files in the documents folder are indexed, and how a file's path becomes its id.</summary>
public static class DocumentPaths
{
    private static readonly HashSet<string> Extensions =
        new([".txt", ".md", ".markdown", ".html", ".htm", ".json"], StringComparer.OrdinalIgnoreCase);

    // Editors and browsers write these next to the real file while saving or downloading.
    private static readonly string[] TempSuffixes = ["~", ".swp", ".swx", ".tmp", ".part", ".crdownload"];

    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>True when the path (relative to the documents folder) names a file we read.</summary>
    public static bool IsCandidate(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            return false;
        }

        var segments = relativePath.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            // Hidden files and folders (.git, .cache, .#lock) and anything climbing out with "..".
            if (segment.StartsWith('.') && segment != ".")
            {
                return false;
            }
        }

        var name = segments[^1];
        if (name.StartsWith("~$", StringComparison.Ordinal) ||
            TempSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return Extensions.Contains(Path.GetExtension(name));
    }

    /// <summary>The document id: the path relative to <paramref name="root"/> with '/' separators.</summary>
    /// <exception cref="ArgumentException">The path is not inside <paramref name="root"/>.</exception>
    public static string ToId(string root, string fullPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(fullPath);

        var relative = Path.GetRelativePath(root, fullPath);
        if (!IsRelativeInside(relative))
        {
            throw new ArgumentException("The path is not inside the documents folder.", nameof(fullPath));
        }

        // GetRelativePath never starts with "./", so only separators need normalising.
        return relative.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
    }

    /// <summary>True when <paramref name="fullPath"/> is strictly below <paramref name="root"/> (lexically).</summary>
    internal static bool IsInside(string root, string fullPath) =>
        IsRelativeInside(Path.GetRelativePath(root, fullPath));

    private static bool IsRelativeInside(string relative) =>
        relative != "." &&
        !Path.IsPathRooted(relative) &&
        relative != ".." &&
        !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
        !relative.StartsWith("../", StringComparison.Ordinal);
}
