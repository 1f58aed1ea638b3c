namespace SearchService.Api.Cli;

/// <summary>How matched words stand out in printed snippets: bold reverse video on a terminal, brackets when the
/// output goes to a file or a pipe (or when NO_COLOR asks for no escapes). Text is printed in logical order: a
/// terminal lays right-to-left text out itself.</summary>
internal sealed record MarkStyle(string Open, string Close)
{
    public static MarkStyle Terminal { get; } = new("\u001b[1;7m", "\u001b[0m");

    public static MarkStyle Plain { get; } = new("[", "]");

    public static MarkStyle ForConsole() =>
        Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) ? Plain : Terminal;
}
