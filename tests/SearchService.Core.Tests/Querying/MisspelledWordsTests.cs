using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Querying;

/// <summary>A word no document contains is searched fuzzily; words the index knows are searched as typed.</summary>
public sealed class MisspelledWordsTests : IDisposable
{
    private readonly TempIndex index = new(new Dictionary<string, string>
    {
        ["disorder"] = "الاضطراب الوسواسي القهري مرض نفسي",
        ["belgium"] = "تقع بلجيكا في أوروبا الغربية",
        ["book"] = "كتاب جديد",
        ["flax"] = "نبات الكتان",
    });

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("الاظطراب", "disorder")] // ظ for ض
    [InlineData("بالاظطراب", "disorder")] // misspelt and with an attached preposition
    [InlineData("بلجيكيا", "belgium")] // one letter too many
    [InlineData("عاصمة بالجيكيا", "belgium")] // two edits in a long word, next to a known word
    public void UnknownWord_FindsTheDocumentWithTheNearestSpelling(string query, string expectedId) =>
        Assert.Equal([expectedId], index.Ids(query));

    [Fact]
    public void MisspeltWord_MarksTheWordTheDocumentHas()
    {
        var hit = Assert.Single(index.Engine.Search(new SearchRequest("الاظطراب")).Hits);

        Assert.Contains(hit.Snippets.SelectMany(s => s.Parts), p => p.IsMatch && p.Text == "الاضطراب");
        var page = index.Engine.Get("disorder", "الاظطراب");
        Assert.Contains(page!.Text!.Parts, p => p.IsMatch && p.Text == "الاضطراب");
    }

    [Theory]
    [InlineData("كتاب", "book")] // known: never drifts to الكتان, one letter away
    [InlineData("الكتان", "flax")]
    public void KnownWord_IsSearchedExactlyAsTyped(string query, string expectedId) =>
        Assert.Equal([expectedId], index.Ids(query));

    [Fact]
    public void ShortUnknownWord_IsNotGuessed() =>
        Assert.Empty(index.Ids("مرص")); // one edit from مرض, but three letters have too many neighbours to guess
}
