using System.Text;
using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

/// <summary>A fresh folder under the temp path per test class instance, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public const long DefaultLimit = 1024 * 1024;

    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "searchservice-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes UTF-8 without a BOM, the common case.</summary>
    public string Write(string relativePath, string text) =>
        Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public Task<DocumentReadResult> ReadAsync(string relativePath, long maxBytes = DefaultLimit) =>
        new DocumentReader().ReadAsync(Root, Path.Combine(Root, relativePath), maxBytes, CancellationToken.None);

    /// <summary>Reads a file that must succeed, failing the test with the reason otherwise.</summary>
    public async Task<SourceDocument> ReadOkAsync(string relativePath)
    {
        var result = await ReadAsync(relativePath);
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp folder must not fail the test run.
        }
    }
}
