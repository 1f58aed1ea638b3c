using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>Every hit and document has a date and says where it comes from: the document's own (in any of the forms
/// feeds write), or its file's modification time when it gives none or none readable.</summary>
public sealed class DocumentDateTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["iso.md"] = "---\ndate: 2017-05-05T15:39:00+01:00\n---\n# أخبار المسرح\n\nعرض مسرحي جديد في المدينة",
        ["rfc.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في العاصمة", "published": "Tue, 22 May 2018 22:01:51 +0400", "category": "culture" }""",
        ["plain.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في القرية", "date": "2015-07-21 02:45:52" }""",
        ["day-first.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في الساحة", "date": "09/11/2016" }""",
        ["unreadable.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في الحديقة", "date": "الأسبوع الماضي" }""",
        ["none.txt"] = "مسرح\n\nعرض مسرحي في المدرسة",
    };

    [Fact]
    public async Task Hits_CarryTheDocumentsDate_OrTheFilesSayingSo()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        var hits = (await host.SearchAsync("مسرحي", size: 10)).GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("id").GetString()!, h => (Date: h.GetProperty("date").GetDateTimeOffset(), Source: h.GetProperty("dateSource").GetString()));

        Assert.Equal(6, hits.Count);
        Assert.Equal((At("2017-05-05T14:39:00Z"), "document"), hits["iso.md"]);
        Assert.Equal((At("2018-05-22T18:01:51Z"), "document"), hits["rfc.json"]);
        Assert.Equal((At("2015-07-21T02:45:52Z"), "document"), hits["plain.json"]);
        Assert.Equal((At("2016-11-09T00:00:00Z"), "document"), hits["day-first.json"]);
        foreach (var id in new[] { "unreadable.json", "none.txt" })
        {
            Assert.Equal("file", hits[id].Source);
            Assert.Equal(new DateTimeOffset(File.GetLastWriteTimeUtc(host.FullPath(id)), TimeSpan.Zero), hits[id].Date);
        }
    }

    [Fact]
    public async Task ADocument_CarriesItsDateAndSource_AndItsCategoryAsATag()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        var document = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/rfc.json", UriKind.Relative));
        var file = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/none.txt", UriKind.Relative));

        Assert.Equal(At("2018-05-22T18:01:51Z"), document.GetProperty("date").GetDateTimeOffset());
        Assert.Equal("document", document.GetProperty("dateSource").GetString());
        Assert.Equal(["culture"], document.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("file", file.GetProperty("dateSource").GetString());
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
