namespace SearchService.Benchmarks.Engine;

/// <summary>What one search gave back: enough to check it did the work (hits, snippets), not the hits themselves.</summary>
/// <param name="Total">All matching documents (the API's <c>total</c>).</param>
/// <param name="Returned">Hits on the page, each with its snippets built.</param>
/// <param name="Fragments">Snippet fragments built for those hits.</param>
/// <param name="TimedOut">The service's time budget ran out; the hits are partial.</param>
/// <param name="Rejected">The query could not be parsed (the API would answer 400).</param>
internal sealed record SearchOutcome(int Total, int Returned, int Fragments, bool TimedOut, bool Rejected);
