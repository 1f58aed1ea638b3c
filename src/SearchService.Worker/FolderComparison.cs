using SearchService.Core.Indexing;

namespace SearchService.Worker;

/// <summary>How the folder and the index differ, by document id (each list in ordinal order).</summary>
/// <param name="Missing">Files with no document in the index.</param>
/// <param name="Stale">Files changed since they were indexed (their fingerprint differs).</param>
/// <param name="Extra">Documents whose file is gone.</param>
public sealed record FolderComparison(IReadOnlyList<string> Missing, IReadOnlyList<string> Stale, IReadOnlyList<string> Extra)
{
    public bool InStep => Missing.Count == 0 && Stale.Count == 0 && Extra.Count == 0;

    public static FolderComparison Of(IReadOnlyDictionary<string, FolderFile> onDisk, IReadOnlyDictionary<string, FileFingerprint> indexed)
    {
        var missing = onDisk.Keys.Where(id => !indexed.ContainsKey(id));
        var stale = onDisk.Where(e => indexed.TryGetValue(e.Key, out var known) && known != e.Value.Fingerprint).Select(e => e.Key);
        var extra = indexed.Keys.Where(id => !onDisk.ContainsKey(id));
        return new([.. missing.Order(StringComparer.Ordinal)], [.. stale.Order(StringComparer.Ordinal)], [.. extra.Order(StringComparer.Ordinal)]);
    }
}
