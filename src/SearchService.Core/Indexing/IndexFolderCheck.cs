namespace SearchService.Core.Indexing;

/// <summary>What an index folder is to this service, before anything in it is touched.</summary>
internal enum IndexFolderKind
{
    /// <summary>Missing or empty: the service may create its index there.</summary>
    Free,

    /// <summary>Holds this service's marker.</summary>
    Marked,

    /// <summary>An index an earlier version of this service wrote (Lucene files in the root, stamped with its analysis key).</summary>
    Legacy,

    /// <summary>Someone else's: the service must not use it (<see cref="IndexFolderCheck.Problem"/> says why).</summary>
    Refused,
}

internal readonly record struct IndexFolderCheck(IndexFolderKind Kind, string? Problem = null);
