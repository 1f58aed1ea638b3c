using System.Globalization;
using System.Text;

namespace SearchService.Benchmarks.Corpus;

/// <summary>
/// The documents as the service reads them: one <c>.txt</c> file each (title line, blank line, text) under
/// <c>NNN/</c> sub-folders of a thousand. Hidden stamp files (the service skips hidden files) mark the folder as
/// this tool's and record what was written, so a later run over the same sample reuses it instead of writing it
/// again.
/// </summary>
internal static class DocumentFolder
{
    private const string StampFile = ".bench-source";
    private const string OwnerFile = ".bench-folder";
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the folder unless it already holds exactly this sample; returns whether it wrote it.</summary>
    public static bool Ensure(string folder, IReadOnlyList<BenchDocument> documents, string sourceStamp, CancellationToken cancellationToken)
    {
        var stamp = Path.Combine(folder, StampFile);
        var expected = string.Create(CultureInfo.InvariantCulture, $"{sourceStamp}\ncount={documents.Count}\n");
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expected)
        {
            return false;
        }

        if (Directory.Exists(folder))
        {
            // Only a folder this tool made (or an empty one) is replaced: --work may point somewhere it should not.
            if (!File.Exists(Path.Combine(folder, OwnerFile)) && !File.Exists(stamp) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                throw new ArgumentException($"{folder} holds files this tool did not write; not replacing it (choose another --work)");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OwnerFile), "written by tools/SearchService.Benchmarks\n");

        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var d = documents[i];
            var path = Path.Combine(folder, (i / 1000).ToString("000", CultureInfo.InvariantCulture), SafeName(d.Id) + ".txt");
            if (i % 1000 == 0)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            }

            File.WriteAllText(path, d.Title.Length > 0 ? d.Title + "\n\n" + d.Text : d.Text, Utf8);
        }

        // Written last: a folder interrupted half-way has no stamp and is written again next time.
        File.WriteAllText(stamp, expected);
        return true;
    }

    /// <summary>Counts the files the service will consider (all of ours are .txt; the stamp is hidden).</summary>
    public static int CountFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Count();

    private static string SafeName(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.ToString();
    }
}
