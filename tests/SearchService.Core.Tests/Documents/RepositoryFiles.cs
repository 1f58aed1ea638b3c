namespace SearchService.Core.Tests.Documents;

/// <summary>Finds files shipped in the repository by walking up to the folder holding SearchService.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string IndexData => Path.Combine(Root, "index-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SearchService.sln not found above " + AppContext.BaseDirectory);
    }
}
