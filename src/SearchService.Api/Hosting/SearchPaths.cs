namespace SearchService.Api.Hosting;

/// <summary>The configured folders as absolute paths, resolved once at start-up.</summary>
public sealed record SearchPaths(string DocumentsRoot, string IndexRoot)
{
    public static SearchPaths From(SearchOptions options) =>
        new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DocumentsPath)),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.IndexPath)));

    /// <summary>True for the index folder and what is inside it, when it lives inside the documents folder.</summary>
    public bool IsInsideIndex(string fullPath) =>
        fullPath == IndexRoot || fullPath.StartsWith(IndexRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
