using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SearchService.Core.Querying;

namespace SearchService.Benchmarks.Cli;

/// <summary>
/// <c>--ranking Root=0,Proximity=0</c>: <c>Search:Ranking</c> settings for a run, so the cost of each part of the
/// ranking can be measured both ways. The same values reach the in-process engine (as <see cref="QueryWeights"/>)
/// and the service (as <c>Search__Ranking__*</c> environment variables), checked by the service's own ranges.
/// </summary>
internal sealed record RankingSettings(IReadOnlyList<KeyValuePair<string, string>> Values)
{
    public static RankingSettings Defaults { get; } = new([]);

    public bool IsDefault => Values.Count == 0;

    public QueryWeights Weights { get; private init; } = QueryWeights.Default;

    public static RankingSettings Parse(string text)
    {
        var values = new List<KeyValuePair<string, string>>();
        var weights = QueryWeights.Default;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v]
                ? (n.Trim(), v.Trim())
                : throw new ArgumentException($"--ranking takes Name=Value pairs separated by commas, not '{pair}'.");
            weights = name switch
            {
                nameof(QueryWeights.Title) => weights with { Title = Float(name, value) },
                nameof(QueryWeights.Exact) => weights with { Exact = Float(name, value) },
                nameof(QueryWeights.Root) => weights with { Root = Float(name, value) },
                nameof(QueryWeights.Proximity) => weights with { Proximity = Float(name, value) },
                nameof(QueryWeights.ProximitySlop) => weights with { ProximitySlop = Whole(name, value) },
                nameof(QueryWeights.ProximityDepth) => weights with { ProximityDepth = Whole(name, value) },
                nameof(QueryWeights.Coordination) => weights with { Coordination = Flag(name, value) },
                nameof(QueryWeights.DropQuestionWords) => weights with { DropQuestionWords = Flag(name, value) },
                nameof(QueryWeights.MaxExpansions) => weights with { MaxExpansions = Whole(name, value) },
                nameof(QueryWeights.Spelling) => weights with { Spelling = Float(name, value) },
                nameof(QueryWeights.Names) => weights with { Names = Flag(name, value) },
                _ => throw new ArgumentException($"--ranking: '{name}' is not a Search:Ranking setting measured here (Title, Exact, Root, Proximity, ProximitySlop, ProximityDepth, Coordination, DropQuestionWords, MaxExpansions, Spelling, Names)."),
            };
            values.Add(new(name, value));
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(weights, new ValidationContext(weights), errors, validateAllProperties: true))
        {
            throw new ArgumentException("--ranking: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
        }

        return new RankingSettings(values) { Weights = weights };
    }

    /// <summary>For the report: <c>Root=0, Proximity=0</c>, or the defaults.</summary>
    public override string ToString() =>
        IsDefault ? "defaults" : string.Join(", ", Values.Select(v => $"{v.Key}={v.Value}"));

    private static float Float(string name, string value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
            ? f
            : throw new ArgumentException($"--ranking: {name} needs a number, not '{value}'.");

    private static int Whole(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"--ranking: {name} needs a whole number, not '{value}'.");

    private static bool Flag(string name, string value) =>
        bool.TryParse(value, out var b)
            ? b
            : throw new ArgumentException($"--ranking: {name} needs true or false, not '{value}'.");
}
