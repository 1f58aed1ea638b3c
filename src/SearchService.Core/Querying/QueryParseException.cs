namespace SearchService.Core.Querying;

/// <summary>A query that cannot be given a sensible meaning; the message is shown to the user as is.</summary>
public sealed class QueryParseException : Exception
{
    public QueryParseException(string message)
        : base(message)
    {
    }

    public QueryParseException()
    {
    }

    public QueryParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
