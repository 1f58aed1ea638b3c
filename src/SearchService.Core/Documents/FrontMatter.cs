using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SearchService.Core.Documents;

/// <summary>
/// YAML front matter at the very top of a markdown file (between two <c>---</c> lines).
/// Only the keys we index are read; unknown keys are ignored.
/// </summary>
internal sealed record FrontMatter
{
    // YamlDotNet parses nesting recursively and a stack overflow kills the process; real front matter
    // is a few flat keys, so deeply nested input is refused before it reaches the parser.
    private const int MaxNesting = 64;
    private const int MaxIndent = 1024;

    public string? Title { get; init; }

    public string? Date { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Splits off the front matter. Returns false with an error when it exists but is unusable;
    /// a file without front matter gives an empty <see cref="FrontMatter"/> and the whole text as body.
    /// </summary>
    public static bool TrySplit(string text, out FrontMatter matter, out string body, out string? error)
    {
        matter = new FrontMatter();
        body = text;
        error = null;

        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return true;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            error = "front matter starts with '---' but is never closed";
            return false;
        }

        var yaml = string.Join('\n', lines[1..close]);
        body = string.Join('\n', lines[(close + 1)..]);
        return TryParse(yaml, out matter, out error);
    }

    private static bool TryParse(string yaml, out FrontMatter matter, out string? error)
    {
        matter = new FrontMatter();
        error = null;

        if (IsTooDeep(yaml))
        {
            error = "front matter is nested too deeply";
            return false;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException)
        {
            error = "invalid YAML front matter: " + ex.Message;
            return false;
        }

        if (stream.Documents.Count == 0 ||
            stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return true;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            error = "front matter must be a YAML mapping of keys to values";
            return false;
        }

        var result = new FrontMatter();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            switch (key)
            {
                case "title" or "date" or "url" or "source" or "description":
                    if (!TryScalar(key, value, out var text, out error))
                    {
                        return false;
                    }

                    result = key switch
                    {
                        "title" => result with { Title = text },
                        "date" => result with { Date = text },
                        "url" => result with { Url = text },
                        "source" => result with { Source = text },
                        _ => result with { Description = text },
                    };
                    break;
                case "tags":
                    if (!TryTags(value, out var tags, out error))
                    {
                        return false;
                    }

                    result = result with { Tags = tags };
                    break;
            }
        }

        matter = result;
        return true;
    }

    private static bool TryScalar(string key, YamlNode node, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (node is YamlScalarNode scalar)
        {
            value = string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            return true;
        }

        error = $"front matter '{key}' must be a single value, not a list or mapping";
        return false;
    }

    private static bool TryTags(YamlNode node, out IReadOnlyList<string> tags, out string? error)
    {
        tags = [];
        error = null;
        switch (node)
        {
            case YamlScalarNode scalar:
                tags = TagList.FromString(scalar.Value);
                return true;
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                tags = TagList.From(sequence.Children.Select(c => ((YamlScalarNode)c).Value));
                return true;
            default:
                error = "front matter 'tags' must be a list of values or a comma-separated string";
                return false;
        }
    }

    /// <summary>Upper bound check on YAML nesting: flow brackets, block indicators on one line, indentation.</summary>
    private static bool IsTooDeep(string yaml)
    {
        var flowDepth = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{')
            {
                if (++flowDepth > MaxNesting)
                {
                    return true;
                }
            }
            else if (c is ']' or '}')
            {
                flowDepth = Math.Max(0, flowDepth - 1);
            }
        }

        foreach (var line in yaml.Split('\n'))
        {
            var rest = line.AsSpan().TrimStart();
            if (line.Length - rest.Length > MaxIndent)
            {
                return true;
            }

            // "- - - x" opens one sequence per dash; "? ? x" one mapping per question mark.
            var indicators = 0;
            while (rest.Length >= 2 && rest[0] is '-' or '?' && char.IsWhiteSpace(rest[1]))
            {
                if (++indicators > MaxNesting)
                {
                    return true;
                }

                rest = rest[1..].TrimStart();
            }
        }

        return false;
    }
}
