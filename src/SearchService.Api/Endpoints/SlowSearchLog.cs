using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Logs a search that took longer than <see cref="SearchLogOptions.SlowSearchMilliseconds"/>: the query's length
/// and the time at Warning, the query's text only at Debug (it may be personal).
/// </summary>
internal sealed partial class SlowSearchLog(IOptions<SearchLogOptions> options, TimeProvider clock, ILogger<SlowSearchLog> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = clock.GetTimestamp();
        var result = await next(context);
        var elapsed = clock.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds >= options.Value.SlowSearchMilliseconds)
        {
            var query = context.HttpContext.Request.Query["q"].ToString();
            Log.SlowSearch(logger, query.Length, (long)elapsed.TotalMilliseconds);
            Log.SlowSearchText(logger, query);
        }

        return result;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Slow search: a query of {QueryLength} characters took {ElapsedMs} ms")]
        public static partial void SlowSearch(ILogger logger, int queryLength, long elapsedMs);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "The slow search's query: {Query}")]
        public static partial void SlowSearchText(ILogger logger, string query);
    }
}
