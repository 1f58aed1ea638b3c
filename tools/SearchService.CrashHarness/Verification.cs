namespace SearchService.CrashHarness;

/// <summary>What the index held after a restart, against the folder model.</summary>
/// <param name="Lost">Files in the folder with no document.</param>
/// <param name="Stale">Documents whose text is not the file's current content.</param>
/// <param name="Extra">Documents beyond the folder's files: duplicates or documents of deleted files.</param>
/// <param name="DuplicateHits">Search results that listed an id twice.</param>
internal sealed record Verification(int Files, int Documents, int Lost, int Stale, int Extra, int DuplicateHits, int Failures)
{
    public bool Clean => Lost == 0 && Stale == 0 && Extra == 0 && DuplicateHits == 0 && Failures == 0;
}
