namespace SearchService.Core.Indexing;

/// <summary>How a process uses an index folder: the one writer (the service, or the <c>index</c> command), or a
/// reader beside it that writes and locks nothing (the <c>search</c>, <c>status</c> and <c>verify</c> commands).</summary>
public enum IndexAccess
{
    ReadWrite,
    ReadOnly,
}
