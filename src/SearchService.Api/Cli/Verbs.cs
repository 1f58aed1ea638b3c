using System.CommandLine;

namespace SearchService.Api.Cli;

/// <summary>
/// The program run with a verb works as a tool over the service's engine, configuration and index: <c>index</c>,
/// <c>search</c>, <c>status</c>, <c>verify</c>. Without one it serves. Configuration keys
/// (<c>--Search:IndexPath /x</c>) work for both, anywhere on the line.
/// </summary>
internal static class Verbs
{
    private static readonly string[] Names = ["index", "search", "status", "verify"];
    private static readonly string[] HelpWords = ["--help", "-h", "-?"];

    /// <summary>True when the first word that is not a configuration key is a verb (or asks for help).</summary>
    public static bool IsRequested(string[] args) =>
        VerbArguments.Split(args).Verb is [var first, ..] && (Names.Contains(first, StringComparer.Ordinal) || HelpWords.Contains(first, StringComparer.Ordinal));

    public static async Task<int> RunAsync(string[] args)
    {
        var split = VerbArguments.Split(args);
        var root = new RootCommand("SearchService. Without a verb it serves the API and the page; with one, it works on the same index with the same configuration (appsettings.json, environment, --Section:Key value).")
        {
            IndexVerb.Create(split.Configuration),
            SearchVerb.Create(split.Configuration),
            StatusVerb.Create(split.Configuration),
            VerifyVerb.Create(split.Configuration),
        };

        // "@file" would otherwise be read as a file of arguments; here it is a word to search for.
        var parsed = root.Parse(split.Verb, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run with --help for the verbs and their options.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
