namespace SearchService.Core.Indexing;

/// <summary>What an index folder holds in its last commit.</summary>
/// <param name="Generation">The generation folder searches read (<c>gen-N</c>, or <c>.</c> for an earlier version's
/// index in the root).</param>
/// <param name="SizeBytes">Bytes of that generation's index files.</param>
/// <param name="LastCommit">When the last commit was written (its commit point file's time).</param>
/// <param name="InUse">A service (or the <c>index</c> command) holds the folder and may commit more meanwhile.</param>
public sealed record StoredIndexInfo(string Generation, int Documents, int Segments, long SizeBytes, DateTimeOffset? LastCommit, bool InUse);
