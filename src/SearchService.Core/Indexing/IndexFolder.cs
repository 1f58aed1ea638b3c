using Microsoft.Extensions.Logging;

namespace SearchService.Core.Indexing;

/// <summary>
/// The layout of the index folder, held under the process lock while open:
/// <code>
/// searchservice-index.json   the marker: this folder is the service's, and its current generation
/// searchservice.lock         held open while a service uses the folder
/// gen-1/, gen-2/ …           one complete Lucene index each; only the one the marker names is current
/// </code>
/// An index written by an earlier version of the service lives in the root itself (generation "."). A rebuild
/// writes a new generation beside the current one and switches the marker; then the old one's files go.
/// </summary>
internal sealed partial class IndexFolder : IDisposable
{
    private readonly IndexFolderLock processLock;
    private readonly ILogger logger;

    private IndexFolder(string root, IndexFolderLock processLock, string? current, ILogger logger)
    {
        Root = root;
        this.processLock = processLock;
        Current = current;
        this.logger = logger;
    }

    public string Root { get; }

    /// <summary>The generation the marker names; null when the marker could not be read.</summary>
    public string? Current { get; private set; }

    /// <summary>Takes the folder if it is the service's to take (refusing, untouched, anyone else's), locks it, and
    /// marks it: a new folder gets its first generation, an earlier version's index is adopted as it is.</summary>
    public static IndexFolder Claim(string root, ILogger logger)
    {
        var check = IndexOwnership.Inspect(root);
        if (check.Kind == IndexFolderKind.Refused)
        {
            throw new InvalidOperationException(check.Problem);
        }

        System.IO.Directory.CreateDirectory(root);
        var held = IndexFolderLock.Acquire(root);
        try
        {
            string? current;
            switch (check.Kind)
            {
                case IndexFolderKind.Legacy:
                    current = IndexMarker.RootGeneration;
                    IndexMarker.Write(root, current);
                    Log.Adopted(logger, root);
                    break;
                case IndexFolderKind.Free:
                    current = IndexMarker.NameOf(1);
                    IndexMarker.Write(root, current); // marked before anything else is created in it
                    break;
                default:
                    current = IndexMarker.ReadGeneration(root);
                    break;
            }

            return new IndexFolder(root, held, current, logger);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    public static string PathOf(string root, string generation) =>
        generation == IndexMarker.RootGeneration ? root : Path.Combine(root, generation);

    public string PathOf(string generation) => PathOf(Root, generation);

    /// <summary>Creates the folder of a generation numbered after every one present.</summary>
    public string NewGeneration()
    {
        var highest = Generations().Append(Current ?? IndexMarker.RootGeneration).Max(IndexMarker.NumberOf);
        var name = IndexMarker.NameOf(highest + 1);
        System.IO.Directory.CreateDirectory(PathOf(name));
        return name;
    }

    /// <summary>Makes <paramref name="generation"/> current by replacing the marker atomically.</summary>
    public void SwitchTo(string generation)
    {
        IndexMarker.Write(Root, generation);
        Current = generation;
    }

    /// <summary>Removes what a crash left: generations the marker does not name (a rebuild cut short), and an
    /// earlier version's index files in the root once a generation has replaced them.</summary>
    public void RemoveLeftovers()
    {
        foreach (var generation in Generations().Where(g => g != Current))
        {
            Log.LeftoverRemoved(logger, PathOf(generation));
            DeleteGeneration(generation);
        }

        if (Current != IndexMarker.RootGeneration && LuceneFileNames.AnyIndexDataIn(Root))
        {
            Log.LeftoverRemoved(logger, Root);
            DeleteGeneration(IndexMarker.RootGeneration);
        }
    }

    /// <summary>Deletes a generation's Lucene files, then its folder if nothing else is in it. Anything else found
    /// there was not written by the service and is left where it is.</summary>
    public void DeleteGeneration(string generation)
    {
        var path = PathOf(generation);
        if (!System.IO.Directory.Exists(path))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(path).Where(f => LuceneFileNames.IsLucene(Path.GetFileName(f))).ToList())
        {
            File.Delete(file);
        }

        if (generation == IndexMarker.RootGeneration)
        {
            return;
        }

        if (System.IO.Directory.EnumerateFileSystemEntries(path).Any())
        {
            Log.FolderKept(logger, path);
        }
        else
        {
            System.IO.Directory.Delete(path);
        }
    }

    public long SizeOf(string generation) => SizeOf(Root, generation);

    /// <summary>Bytes of a generation's Lucene files (files being merged away may vanish while counting).</summary>
    public static long SizeOf(string root, string generation)
    {
        long total = 0;
        try
        {
            foreach (var file in new DirectoryInfo(PathOf(root, generation)).EnumerateFiles().Where(f => LuceneFileNames.IsLucene(f.Name)))
            {
                try
                {
                    total += file.Length;
                }
                catch (FileNotFoundException)
                {
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
        }

        return total;
    }

    public void Dispose() => processLock.Dispose();

    private IEnumerable<string> Generations() =>
        System.IO.Directory.EnumerateDirectories(Root).Select(d => Path.GetFileName(d)).Where(IndexMarker.IsGenerationName);

    private static partial class Log
    {
        [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Adopted the index an earlier version wrote in {Root}; it is served as it is")]
        public static partial void Adopted(ILogger logger, string root);

        [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Removing index files left by an interrupted rebuild: {Path}")]
        public static partial void LeftoverRemoved(ILogger logger, string path);

        [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Kept the folder {Path}: it holds files the service did not write")]
        public static partial void FolderKept(ILogger logger, string path);
    }
}
