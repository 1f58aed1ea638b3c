namespace SearchService.Core.Tests.Documents;

/// <summary>Symbolic links must not let a read escape the documents folder.</summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task Read_SymlinkToFileOutsideRoot_Fails()
    {
        var target = _outside.Write("secret.txt", "سر\nلا يقرأ");
        if (!TryLink(Path.Combine(_folder.Root, "link.txt"), target, directory: false))
        {
            return;
        }

        var result = await _folder.ReadAsync("link.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("symbolic link pointing outside the documents folder", result.Error);
    }

    [Fact]
    public async Task Read_FileInsideSymlinkedFolderOutsideRoot_Fails()
    {
        _outside.Write(Path.Combine("sub", "secret.txt"), "سر\nلا يقرأ");
        if (!TryLink(Path.Combine(_folder.Root, "linked"), Path.Combine(_outside.Root, "sub"), directory: true))
        {
            return;
        }

        var result = await _folder.ReadAsync(Path.Combine("linked", "secret.txt"));

        Assert.Equal("symbolic link pointing outside the documents folder", result.Error);
    }

    [Fact]
    public async Task Read_RelativeSymlinkInsideRoot_IsFollowed()
    {
        _folder.Write(Path.Combine("real", "a.txt"), "عنوان\nنص داخلي");
        if (!TryLink(Path.Combine(_folder.Root, "alias.txt"), Path.Combine("real", "a.txt"), directory: false))
        {
            return;
        }

        var document = await _folder.ReadOkAsync("alias.txt");

        Assert.Equal("alias.txt", document.Id);
        Assert.Equal("نص داخلي", document.Text);
    }

    [Fact]
    public async Task Read_SymlinkLoop_FailsWithoutThrowing()
    {
        if (!TryLink(Path.Combine(_folder.Root, "a.txt"), "b.txt", directory: false) ||
            !TryLink(Path.Combine(_folder.Root, "b.txt"), "a.txt", directory: false))
        {
            return;
        }

        var result = await _folder.ReadAsync("a.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("symbolic link could not be resolved (loop or too many links)", result.Error);
    }

    // Creating links needs a privilege on Windows; there the tests pass vacuously.
    private static bool TryLink(string path, string target, bool directory)
    {
        try
        {
            if (directory)
            {
                Directory.CreateSymbolicLink(path, target);
            }
            else
            {
                File.CreateSymbolicLink(path, target);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Assert.True(OperatingSystem.IsWindows(), "could not create a symbolic link: " + ex.Message);
            return false;
        }
    }
}
