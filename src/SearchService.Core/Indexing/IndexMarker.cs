using System.Text.Json;
using System.Text.RegularExpressions;
using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>
/// The file that marks an index folder as this service's and names its current generation. It is replaced
/// atomically (written beside, flushed to disk, renamed over, the folder synced), so a crash leaves either the old
/// marker or the new one, never a torn one.
/// </summary>
internal static partial class IndexMarker
{
    public const string FileName = "searchservice-index.json";

    public const string TempFileName = FileName + ".tmp";

    /// <summary>The generation of an index written by an earlier version of the service: Lucene files in the root.</summary>
    public const string RootGeneration = ".";

    public static bool ExistsIn(string root) => File.Exists(Path.Combine(root, FileName));

    public static bool IsGenerationName(string name) => GenerationPattern().IsMatch(name);

    /// <summary>The number of a generation folder's name (gen-3 → 3), or 0 for the root generation.</summary>
    public static int NumberOf(string generation) =>
        generation == RootGeneration ? 0 : int.Parse(generation.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);

    public static string NameOf(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gen-{number}");

    /// <summary>The generation the marker names; null when its content makes no sense (then the service rebuilds).
    /// A marker that cannot be read at all (an I/O error) throws: that is no reason to replace a good index.</summary>
    public static string? ReadGeneration(string root)
    {
        var bytes = File.ReadAllBytes(Path.Combine(root, FileName));
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var generation = json.RootElement.GetProperty("generation").GetString();
            return generation is not null && (generation == RootGeneration || IsGenerationName(generation)) ? generation : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    public static void Write(string root, string generation)
    {
        var temp = Path.Combine(root, TempFileName);
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("service", "SearchService");
                json.WriteString("generation", generation);
                json.WriteString("note", "This folder is managed by SearchService. It only ever deletes the index files it wrote here.");
                json.WriteEndObject();
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, Path.Combine(root, FileName), overwrite: true);
        IOUtils.Fsync(root, isDir: true); // the rename itself must survive a power cut, not just the bytes
    }

    [GeneratedRegex(@"^gen-[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex GenerationPattern();
}
