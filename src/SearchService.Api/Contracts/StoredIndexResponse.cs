namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>status --json</c>: what <c>/api/status</c> reports that the index folder itself
/// can tell (under the same names), read from its last commit.</summary>
/// <param name="Generation">The generation folder searches read (<c>gen-N</c>; <c>.</c> for an earlier version's index).</param>
/// <param name="InUse">A service (or the <c>index</c> command) holds the index and may commit more meanwhile.</param>
public sealed record StoredIndexResponse(
    string IndexPath,
    string Generation,
    int Documents,
    long IndexSizeBytes,
    int Segments,
    DateTimeOffset? LastCommit,
    bool InUse);
