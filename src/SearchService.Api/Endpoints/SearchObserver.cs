using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Contracts;
using SearchService.Api.Hosting;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Times every search once and reports it: counted and timed by outcome (<see cref="SearchMetrics"/>), the outcome
/// read from the handler's result in one place rather than at each of its returns; and, past
/// <see cref="SearchLogOptions.SlowSearchMilliseconds"/>, logged with its query's length (the text only at Debug: it
/// may be personal).
/// </summary>
internal sealed partial class SearchObserver(SearchMetrics metrics, IOptions<SearchLogOptions> log, TimeProvider time, ILogger<SearchObserver> logger) : IEndpointFilter
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
            var elapsed = time.GetElapsedTime(started);
            metrics.Record(outcome, elapsed);
            if (elapsed.TotalMilliseconds >= log.Value.SlowSearchMilliseconds)
            {
                var query = context.HttpContext.Request.Query["q"].ToString();
                Log.SlowSearch(logger, query.Length, (long)elapsed.TotalMilliseconds, outcome);
                Log.SlowSearchText(logger, query);
            }
        }
    }

    internal static string OutcomeOf(object? result) => (result is INestedHttpResult nested ? nested.Result : result) switch
    {
        Ok<SearchResponse> { Value.TimedOut: true } => SearchMetrics.TimedOut,
        IStatusCodeHttpResult { StatusCode: StatusCodes.Status400BadRequest } => SearchMetrics.BadRequest,
        IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } => SearchMetrics.Ok,
        _ => SearchMetrics.Error,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Slow search: a query of {QueryLength} characters took {ElapsedMs} ms ({Outcome})")]
        public static partial void SlowSearch(ILogger logger, int queryLength, long elapsedMs, string outcome);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "The slow search's query: {Query}")]
        public static partial void SlowSearchText(ILogger logger, string query);
    }
}
