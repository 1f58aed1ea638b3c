using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Endpoints;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>The outcome a search is counted under, read from what the handler answered; timed-out searches (partial
/// results within the budget) are hard to provoke over HTTP on a small index, so the reading is checked here.</summary>
public sealed class SearchObserverTests
{
    public static TheoryData<string, string> Answers => new()
    {
        { "ok", SearchMetrics.Ok },
        { "timed out", SearchMetrics.TimedOut },
        { "400", SearchMetrics.BadRequest },
        { "500", SearchMetrics.Error },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void OutcomeOf_ReadsTheHandlersAnswer(string answer, string outcome)
    {
        Results<Ok<SearchResponse>, ProblemHttpResult> result = answer switch
        {
            "ok" => TypedResults.Ok(Response(timedOut: false)),
            "timed out" => TypedResults.Ok(Response(timedOut: true)),
            "400" => TypedResults.Problem("bad", statusCode: StatusCodes.Status400BadRequest),
            _ => TypedResults.Problem("broken", statusCode: StatusCodes.Status500InternalServerError),
        };

        Assert.Equal(outcome, SearchObserver.OutcomeOf(result));
    }

    private static SearchResponse Response(bool timedOut) => new("q", 0, 1, 10, 1, [], timedOut, [], new([], [], []), null, null);
}
