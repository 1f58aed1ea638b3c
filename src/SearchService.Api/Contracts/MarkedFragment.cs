using SearchService.Core.Highlighting;

namespace SearchService.Api.Contracts;

/// <summary>One snippet as data: its parts concatenate to the snippet's text; where the HTML form shows an ellipsis,
/// <paramref name="StartsMidText"/> or <paramref name="EndsMidText"/> is true instead.</summary>
public sealed record MarkedFragment(IReadOnlyList<MarkedPart> Parts, bool StartsMidText, bool EndsMidText)
{
    public static MarkedFragment From(Fragment fragment) =>
        new(MarkedPart.From(fragment.Parts), fragment.StartsMidText, fragment.EndsMidText);
}
