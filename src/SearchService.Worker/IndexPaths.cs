namespace SearchService.Worker;

/// <summary>The configured folders as absolute paths, resolved once at start-up.</summary>
public sealed record IndexPaths(string DocumentsRoot, string IndexRoot)
{
    public static IndexPaths From(IndexingOptions options) =>
        new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DocumentsPath)),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.IndexPath)));
}
