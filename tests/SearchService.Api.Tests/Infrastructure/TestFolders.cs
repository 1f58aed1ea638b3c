using System.Text;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>A temp documents folder and index folder that outlive the services started on them (restarts, refused
/// starts, killed processes); deleted on dispose.</summary>
public sealed class TestFolders : IDisposable
{
    public TestFolders(IReadOnlyDictionary<string, string>? files = null, string? index = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "searchservice-tests", Guid.NewGuid().ToString("N"));
        Documents = Path.Combine(Root, "docs");
        Index = index ?? Path.Combine(Root, "index");
        Directory.CreateDirectory(Documents);
        foreach (var (path, content) in files ?? new Dictionary<string, string>())
        {
            WriteDocument(path, content);
        }
    }

    public string Root { get; }

    public string Documents { get; }

    public string Index { get; }

    public Task<ServiceHost> StartAsync(params string[] extraArgs) => ServiceHost.StartOnFoldersAsync(Root, Documents, Index, extraArgs);

    public void WriteDocument(string relativePath, string content)
    {
        var path = Path.Combine(Documents, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    /// <summary>A file someone else put in the index folder (or a folder in it): the service must never delete it.</summary>
    public string DropForeignFile(string relativePath)
    {
        var path = Path.Combine(Index, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not the service's: " + relativePath);
        return path;
    }

    public static void AssertForeignFileIntact(string path) =>
        Assert.True(File.Exists(path) && File.ReadAllText(path).StartsWith("not the service's", StringComparison.Ordinal), $"'{path}' must survive");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
