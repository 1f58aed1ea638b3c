namespace SearchService.Api.Cli;

/// <summary>
/// A command line split into the verb's own words and configuration keys (<c>--Section:Key value</c> or
/// <c>--Section:Key=value</c>, wherever they stand), which go to the configuration as they do for the service, so
/// <c>search "ترامب" --Search:IndexPath /x</c> reads the index the service at <c>--Search:IndexPath /x</c> writes.
/// </summary>
internal sealed record VerbArguments(IReadOnlyList<string> Verb, string[] Configuration)
{
    public static VerbArguments Split(IReadOnlyList<string> args)
    {
        var verb = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                verb.AddRange(args.Skip(i)); // the verb's parser treats what follows as values
                break;
            }

            if (!IsConfigurationKey(args[i]))
            {
                verb.Add(args[i]);
                continue;
            }

            configuration.Add(args[i]);
            if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                configuration.Add(args[++i]); // like the configuration's own parser: the next word is the value
            }
        }

        return new VerbArguments(verb, [.. configuration]);
    }

    // A section path names a configuration key; the verbs' own options (--size, --json) have none.
    private static bool IsConfigurationKey(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = arg.IndexOf(':', StringComparison.Ordinal);
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return colon > 2 && (equals < 0 || colon < equals);
    }
}
