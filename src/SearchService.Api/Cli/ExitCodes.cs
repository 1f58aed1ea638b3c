namespace SearchService.Api.Cli;

/// <summary>What a verb's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>verify</c>, the index is in step with the folder.</summary>
    public const int Success = 0;

    /// <summary>Could not be done (a bad setting, the index in use or missing, a failed write), or, for
    /// <c>verify</c>, the index is not in step.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown option, a bad <c>--size</c>, a query that does not parse.</summary>
    public const int Usage = 2;
}
