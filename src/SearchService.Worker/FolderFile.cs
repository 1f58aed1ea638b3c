using SearchService.Core.Indexing;

namespace SearchService.Worker;

/// <summary>A document file found in the folder, and its fingerprint when it was listed.</summary>
public readonly record struct FolderFile(string FullPath, FileFingerprint Fingerprint);
