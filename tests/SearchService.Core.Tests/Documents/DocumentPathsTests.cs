using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class DocumentPathsTests
{
    [Theory]
    [InlineData("article.txt")]
    [InlineData("ARTICLE.TXT")]
    [InlineData("notes.md")]
    [InlineData("notes.Markdown")]
    [InlineData("page.html")]
    [InlineData("page.HTM")]
    [InlineData("item.json")]
    [InlineData("news/2024/مقال.txt")]
    [InlineData(@"news\2024\item.json")]
    [InlineData("my.notes.v2.md")]
    public void IsCandidate_SupportedVisibleFile_ReturnsTrue(string path) =>
        Assert.True(DocumentPaths.IsCandidate(path));

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("image.png")]
    [InlineData("archive.txt.gz")]
    [InlineData("README")]
    [InlineData("txt")]
    [InlineData(".txt")]
    [InlineData(".hidden.txt")]
    [InlineData(".git/config.txt")]
    [InlineData("docs/.cache/page.html")]
    [InlineData(@"docs\.cache\page.html")]
    [InlineData("../outside.txt")]
    [InlineData("article.txt~")]
    [InlineData("article.txt.swp")]
    [InlineData("article.txt.swx")]
    [InlineData("article.txt.tmp")]
    [InlineData("article.tmp")]
    [InlineData("download.html.part")]
    [InlineData("download.html.crdownload")]
    [InlineData("~$report.txt")]
    [InlineData(".#article.md")]
    [InlineData("folder/")]
    [InlineData("")]
    [InlineData("   ")]
    public void IsCandidate_HiddenTempOrUnsupported_ReturnsFalse(string path) =>
        Assert.False(DocumentPaths.IsCandidate(path));

    [Fact]
    public void ToId_NestedFolders_UsesForwardSlashesRelativeToRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "docs-root");
        var full = Path.Combine(root, "أخبار", "2024", "مقال.txt");

        Assert.Equal("أخبار/2024/مقال.txt", DocumentPaths.ToId(root, full));
    }

    [Fact]
    public void ToId_FileAtRootWithTrailingSeparatorOnRoot_HasNoLeadingDotOrSlash()
    {
        var root = Path.Combine(Path.GetTempPath(), "docs-root") + Path.DirectorySeparatorChar;
        var full = Path.Combine(root, "a.md");

        Assert.Equal("a.md", DocumentPaths.ToId(root, full));
    }

    [Fact]
    public void ToId_UnnormalisedPaths_AreResolvedFirst()
    {
        var root = Path.Combine(Path.GetTempPath(), "docs-root", ".", "sub", "..");
        var full = Path.Combine(Path.GetTempPath(), "docs-root", "a", "..", "b", "c.json");

        Assert.Equal("b/c.json", DocumentPaths.ToId(root, full));
    }

    [Fact]
    public void ToId_PathOutsideRoot_Throws()
    {
        var root = Path.Combine(Path.GetTempPath(), "docs-root");
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "a.txt");

        Assert.Throws<ArgumentException>(() => DocumentPaths.ToId(root, outside));
    }
}
