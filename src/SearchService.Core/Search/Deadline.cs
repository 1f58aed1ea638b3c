namespace SearchService.Core.Search;

/// <summary>The end of a request's time budget, read from the injected clock (so tests can move time).</summary>
internal sealed class Deadline
{
    private readonly TimeProvider clock;
    private readonly long start;
    private readonly TimeSpan budget;

    private Deadline(TimeProvider clock, TimeSpan budget)
    {
        this.clock = clock;
        this.budget = budget;
        start = clock.GetTimestamp();
    }

    public static Deadline Start(TimeProvider clock, TimeSpan budget) => new(clock, budget);

    public bool IsPast => Elapsed >= budget;

    public TimeSpan Elapsed => clock.GetElapsedTime(start);
}
