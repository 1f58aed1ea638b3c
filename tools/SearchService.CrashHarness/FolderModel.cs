using System.Text;
using System.Text.Json;

namespace SearchService.CrashHarness;

/// <summary>
/// The documents folder and, in memory, what it should hold: id → the unique marker written into the file's
/// current content. Every change goes through here, so the model and the disk never disagree.
/// </summary>
internal sealed class FolderModel(string root, IReadOnlyList<Article> articles, Random random)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Dictionary<string, string> markers = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private long serial;

    public string Root => root;

    public IReadOnlyDictionary<string, string> Markers => markers;

    public void Populate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Write($"news/{i % 20:00}/{i:00000}.{(i % 2 == 0 ? "json" : "txt")}", articles[i]);
        }
    }

    /// <summary>One random create, overwrite, delete or rename; returns what it did.</summary>
    public string RandomChange()
    {
        var roll = random.Next(100);
        if (roll < 25 || ids.Count == 0)
        {
            var id = $"changes/{random.Next(10)}/{Interlocked.Increment(ref serial):000000}.{(random.Next(2) == 0 ? "json" : "txt")}";
            Write(id, RandomArticle());
            return "create";
        }

        var existing = ids[random.Next(ids.Count)];
        if (roll < 60)
        {
            Write(existing, RandomArticle());
            return "overwrite";
        }

        if (roll < 80)
        {
            File.Delete(FullPath(existing));
            Forget(existing);
            return "delete";
        }

        var target = $"renamed/{random.Next(10)}/{Interlocked.Increment(ref serial):000000}{Path.GetExtension(existing)}";
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath(target))!);
        File.Move(FullPath(existing), FullPath(target));
        var marker = markers[existing];
        Forget(existing);
        Remember(target, marker);
        return "rename";
    }

    /// <summary>The candidate files really on disk (a check of the model itself).</summary>
    public int CountOnDisk() =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal));

    private Article RandomArticle() => articles[random.Next(articles.Count)];

    private void Write(string id, Article article)
    {
        // A marker per write: "mk12mk" is never a substring of "mk123mk", so stale content cannot pass for new.
        var marker = $"mk{Interlocked.Increment(ref serial)}mk";
        var path = FullPath(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var content = id.EndsWith(".json", StringComparison.Ordinal)
            ? JsonSerializer.Serialize(new { title = article.Title, text = article.Text + "\n\n" + marker })
            : article.Title + "\n\n" + article.Text + "\n\n" + marker;
        File.WriteAllText(path, content, Utf8);
        if (!markers.ContainsKey(id))
        {
            ids.Add(id);
        }

        markers[id] = marker;
    }

    private void Remember(string id, string marker)
    {
        markers[id] = marker;
        ids.Add(id);
    }

    private void Forget(string id)
    {
        markers.Remove(id);
        ids.Remove(id);
    }

    private string FullPath(string id) => Path.Combine(root, id.Replace('/', Path.DirectorySeparatorChar));
}
