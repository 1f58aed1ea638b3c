namespace SearchService.Worker;

/// <summary>An exception as a reason for <c>/api/status</c>: its type and message, with the configured folders shown
/// as <c>&lt;index&gt;</c> and <c>&lt;documents&gt;</c> (absolute paths go to the log only).</summary>
internal static class ErrorText
{
    public static string Describe(Exception e, IndexPaths paths) =>
        $"{e.GetType().Name}: {e.Message}"
            .Replace(paths.IndexRoot, "<index>", StringComparison.Ordinal)
            .Replace(paths.DocumentsRoot, "<documents>", StringComparison.Ordinal);
}
