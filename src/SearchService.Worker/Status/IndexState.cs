namespace SearchService.Worker.Status;

public enum IndexState
{
    /// <summary>The first pass over the folder is running; results may be incomplete.</summary>
    Indexing,

    /// <summary>The index matches the folder as of the last pass; changes are applied as they come.</summary>
    Ready,

    /// <summary>A new index is being built beside the current one, which searches still use while it is readable.</summary>
    Rebuilding,

    /// <summary>The index cannot be updated; searches use its last commit and the worker retries with backoff.</summary>
    Failing,
}
