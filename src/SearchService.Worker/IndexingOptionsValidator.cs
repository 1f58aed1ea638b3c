using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;

namespace SearchService.Worker;

/// <summary>
/// Checks what data annotations cannot: the documents folder exists, and the index folder is one the service may
/// write in: not the documents folder, not inside it or around it (the index would index itself, or a rebuild
/// would touch the articles), and not a file system root or the user's home; and that it is the service's to use:
/// missing, empty, marked as its own or holding an index an earlier version wrote, and not in use by another
/// instance (unless this process only reads it, <see cref="IndexAccess.ReadOnly"/>). A refused folder is left exactly
/// as it is.
/// </summary>
internal sealed class IndexingOptionsValidator(IndexAccess access) : IValidateOptions<IndexingOptions>
{
    public ValidateOptionsResult Validate(string? name, IndexingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DocumentsPath) || string.IsNullOrWhiteSpace(options.IndexPath))
        {
            return ValidateOptionsResult.Skip; // reported by the [Required] attributes
        }

        var paths = IndexPaths.From(options);
        if (!Directory.Exists(paths.DocumentsRoot))
        {
            return ValidateOptionsResult.Fail($"Search:DocumentsPath: the folder '{paths.DocumentsRoot}' does not exist.");
        }

        // Where the folder may be, then whether what is in it is the service's (the same check the index makes).
        var problem = IndexPathProblem(paths) ?? IndexOwnership.RefusalReason(paths.IndexRoot, access);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail($"Search:IndexPath: {problem}");
    }

    private static string? IndexPathProblem(IndexPaths paths)
    {
        var index = paths.IndexRoot;
        if (index == paths.DocumentsRoot)
        {
            return $"'{index}' is the documents folder (Search:DocumentsPath); give the index a folder of its own.";
        }

        if (IsUnder(index, paths.DocumentsRoot))
        {
            return $"'{index}' is inside the documents folder '{paths.DocumentsRoot}' (Search:DocumentsPath); give the index a folder outside it.";
        }

        if (IsUnder(paths.DocumentsRoot, index))
        {
            return $"'{index}' contains the documents folder '{paths.DocumentsRoot}' (Search:DocumentsPath); give the index a folder of its own.";
        }

        if (Path.GetPathRoot(index) == index || index == Path.TrimEndingDirectorySeparator(Path.GetPathRoot(index) ?? string.Empty))
        {
            return $"'{index}' is the root of a file system; give the index a folder of its own.";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && index == Path.TrimEndingDirectorySeparator(Path.GetFullPath(home)))
        {
            return $"'{index}' is the user's home folder; give the index a folder of its own.";
        }

        return null;
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
