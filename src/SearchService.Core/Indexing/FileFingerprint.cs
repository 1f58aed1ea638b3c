namespace SearchService.Core.Indexing;

/// <summary>What tells whether a file changed since it was indexed: its write time and length.</summary>
public readonly record struct FileFingerprint(long ModifiedTicks, long Length);
