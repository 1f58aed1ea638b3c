namespace SearchService.Worker;

/// <summary>How long the worker waits before recovery attempt <c>n</c>: 1 s, doubling, at most 30 s, so a full disk
/// is retried often enough to resume soon after space is freed without spinning while it is not.</summary>
internal static class RetryBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan Before(int attempt) =>
        attempt >= 6 ? Longest : TimeSpan.FromTicks(Math.Min(First.Ticks << (attempt - 1), Longest.Ticks));
}
