using SearchService.Core.Highlighting;

namespace SearchService.Api.Contracts;

/// <summary>A run of original text, plain data on the wire: <paramref name="Match"/> says the query matched it.
/// The text is never escaped, so a client renders it as text and needs no HTML parsing.</summary>
public sealed record MarkedPart(string Text, bool Match)
{
    public static IReadOnlyList<MarkedPart> From(IEnumerable<FragmentPart> parts) =>
        [.. parts.Select(p => new MarkedPart(p.Text, p.IsMatch))];
}
