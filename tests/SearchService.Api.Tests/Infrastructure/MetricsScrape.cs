using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SearchService.Api.Tests.Infrastructure;

/// <summary>One scrape of a metrics endpoint in the Prometheus text format, read sample by sample.</summary>
public sealed partial class MetricsScrape
{
    private MetricsScrape(string text, IReadOnlyList<Sample> samples)
    {
        Text = text;
        Samples = samples;
    }

    public string Text { get; }

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>GET the endpoint (asserting a 200 in the text format) and parse what it answered.</summary>
    public static async Task<MetricsScrape> GetAsync(HttpClient client, string path = "metrics")
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} returned {(int)response.StatusCode}: {text}");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return Parse(text);
    }

    /// <summary>Scrapes until <paramref name="condition"/> holds (a measurement is recorded as a request ends, which
    /// may be after its response reached the client), or fails at the deadline; returns the scrape where it held.</summary>
    public static async Task<MetricsScrape> PollAsync(HttpClient client, Func<MetricsScrape, bool> condition, string what, string path = "metrics")
    {
        MetricsScrape? last = null;
        await ServiceHost.PollAsync(async () => condition(last = await GetAsync(client, path)), what);
        return last!;
    }

    public static MetricsScrape Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a sample line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups["key"].Value, m => Regex.Unescape(m.Groups["value"].Value), StringComparer.Ordinal);
            samples.Add(new Sample(match.Groups["name"].Value, labels, ParseValue(match.Groups["value"].Value)));
        }

        return new MetricsScrape(text, samples);
    }

    /// <summary>The sum of the samples of <paramref name="name"/> that carry all of <paramref name="labels"/>
    /// (0 when there are none: a counter nothing was added to is not exported yet).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        Matching(name, labels).Sum(s => s.Value);

    public bool Has(string name, params (string Key, string Value)[] labels) => Matching(name, labels).Any();

    /// <summary>The one sample of <paramref name="name"/> carrying <paramref name="labels"/>.</summary>
    public double Value(string name, params (string Key, string Value)[] labels) =>
        Assert.Single(Matching(name, labels)).Value;

    private IEnumerable<Sample> Matching(string name, (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    private static double ParseValue(string value) => value switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+-?\d+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
