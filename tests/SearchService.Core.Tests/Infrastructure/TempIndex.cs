using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Infrastructure;

/// <summary>A real Lucene index on disk in a temp folder, filled with the given documents (id → text).</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex(IReadOnlyDictionary<string, string> documents)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchservice-core-tests", Guid.NewGuid().ToString("N"));
        Store = IndexStore.Open(Path, NullLogger.Instance);
        foreach (var (id, text) in documents)
        {
            Store.Upsert(Document(id, text));
        }

        Store.Commit();
        Engine = new SearchEngine(Store.Searchers);
    }

    public string Path { get; }

    public IndexStore Store { get; }

    public SearchEngine Engine { get; }

    public static SourceDocument Document(string id, string text, string? title = null) => new()
    {
        Id = id,
        Title = title ?? id,
        Text = text,
        Modified = DateTimeOffset.UnixEpoch,
        Length = text.Length,
    };

    public IReadOnlyList<string> Ids(string query, int size = 100) =>
        [.. Engine.Search(new SearchRequest(query, 1, size)).Hits.Select(h => h.Id)];

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
