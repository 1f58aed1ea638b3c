using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;

namespace SearchService.Api.Endpoints;

/// <summary>Counts and times every search the handler answers, by what it answered: the outcome is read from the
/// result in one place rather than at each of the handler's returns.</summary>
internal sealed class SearchMetricsFilter(SearchMetrics metrics, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = time.GetTimestamp();
        var outcome = SearchMetrics.Error; // an exception: the 500 the exception handler writes
        try
        {
            var result = await next(context).ConfigureAwait(false);
            outcome = OutcomeOf(result);
            return result;
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            outcome = SearchMetrics.Cancelled;
            throw;
        }
        finally
        {
            metrics.Record(outcome, time.GetElapsedTime(started));
        }
    }

    internal static string OutcomeOf(object? result) => (result is INestedHttpResult nested ? nested.Result : result) switch
    {
        Ok<SearchResponse> { Value.TimedOut: true } => SearchMetrics.TimedOut,
        IStatusCodeHttpResult { StatusCode: StatusCodes.Status400BadRequest } => SearchMetrics.BadRequest,
        IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } => SearchMetrics.Ok,
        _ => SearchMetrics.Error,
    };
}
