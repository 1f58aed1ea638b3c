namespace SearchService.Core.Search;

/// <summary>Counts of one facet by filter key (trimmed, case-folded), each shown in its commonest written form
/// (ties: the first in ordinal order).</summary>
internal sealed class FacetTally
{
    /// <summary>Values beyond this many (the largest counts) are not listed.</summary>
    public const int MaxValues = 20;

    private readonly Dictionary<string, Dictionary<string, int>> byKey = new(StringComparer.Ordinal);

    public void Add(string written, int count)
    {
        if (count == 0)
        {
            return;
        }

        var key = Indexing.IndexFields.FilterKey(written);
        if (!byKey.TryGetValue(key, out var forms))
        {
            byKey[key] = forms = new(StringComparer.Ordinal);
        }

        forms[written] = forms.GetValueOrDefault(written) + count;
    }

    /// <summary>Largest count first, ties by value (ordinal), at most <see cref="MaxValues"/>.</summary>
    public IReadOnlyList<FacetValue> Top() => Largest(byKey.Values.Select(forms => new FacetValue(
        forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
        forms.Values.Sum())));

    public static IReadOnlyList<FacetValue> Largest(IEnumerable<FacetValue> values) =>
        [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(MaxValues)];
}
