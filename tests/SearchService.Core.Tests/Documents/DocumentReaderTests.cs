using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_NestedFile_SetsIdModifiedAndLength()
    {
        var path = _folder.Write(Path.Combine("أخبار", "2024", "a.txt"), "عنوان\nنص");
        var modified = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, modified);

        var document = await _folder.ReadOkAsync(Path.Combine("أخبار", "2024", "a.txt"));

        Assert.Equal("أخبار/2024/a.txt", document.Id);
        Assert.Equal(new DateTimeOffset(modified), document.Modified);
        Assert.Equal(new FileInfo(path).Length, document.Length);
    }

    [Fact]
    public async Task Read_FileLargerThanLimit_FailsWithLimitInReason()
    {
        _folder.Write("big.txt", new string('ا', 600));

        var result = await _folder.ReadAsync("big.txt", maxBytes: 1000);

        Assert.False(result.Succeeded);
        Assert.Equal("file is larger than the limit of 1000 bytes", result.Error);
    }

    [Fact]
    public async Task Read_FileExactlyAtLimit_Succeeds()
    {
        _folder.Write("edge.txt", new string('ا', 500));

        var result = await _folder.ReadAsync("edge.txt", maxBytes: 1000);

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public async Task Read_EmptyFile_Fails()
    {
        _folder.Write("empty.txt", []);

        var result = await _folder.ReadAsync("empty.txt");

        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public async Task Read_WhitespaceOnlyFile_FailsAsNoText()
    {
        _folder.Write("blank.md", " \n\t\n");

        var result = await _folder.ReadAsync("blank.md");

        Assert.Equal("no text", result.Error);
    }

    [Fact]
    public async Task Read_MissingFile_FailsWithoutPathInReason()
    {
        var result = await _folder.ReadAsync("gone.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("file no longer exists", result.Error);
    }

    [Fact]
    public async Task Read_DirectoryNamedLikeATextFile_Fails()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "x.txt"));

        var result = await _folder.ReadAsync("x.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("is a directory, not a file", result.Error);
    }

    [Fact]
    public async Task Read_UnsupportedExtension_Fails()
    {
        _folder.Write("a.pdf", "نص");

        var result = await _folder.ReadAsync("a.pdf");

        Assert.Equal("unsupported file type '.pdf'", result.Error);
    }

    [Fact]
    public async Task Read_PathOutsideRoot_Fails()
    {
        using var other = new TempFolder();
        var outside = other.Write("a.txt", "نص");

        var result = await new DocumentReader().ReadAsync(
            _folder.Root, outside, TempFolder.DefaultLimit, CancellationToken.None);

        Assert.Equal("file is outside the documents folder", result.Error);
    }

    [Fact]
    public async Task Read_FileOpenForWritingByAnotherProcess_IsStillRead()
    {
        var path = _folder.Write("open.txt", "عنوان\nنص");
        using var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);

        var document = await _folder.ReadOkAsync("open.txt");

        Assert.Equal("نص", document.Text);
    }

    [Fact]
    public async Task Read_CancelledToken_Throws()
    {
        _folder.Write("a.txt", "نص");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DocumentReader().ReadAsync(
            _folder.Root, Path.Combine(_folder.Root, "a.txt"), TempFolder.DefaultLimit, cts.Token));
    }
}
