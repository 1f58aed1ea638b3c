namespace SearchService.Core.Search;

/// <summary>Thrown by <see cref="DeadlineCollector"/> to stop a search whose time is up; never leaves the engine.</summary>
internal sealed class DeadlinePassedException : Exception
{
    public DeadlinePassedException()
        : base("The search's time budget ran out.")
    {
    }
}
