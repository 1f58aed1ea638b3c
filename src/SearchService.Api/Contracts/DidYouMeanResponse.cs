using System.Text;
using SearchService.Core.Spelling;

namespace SearchService.Api.Contracts;

/// <summary>"Did you mean": the corrected query as text (to search it) and as HTML, escaped like snippets, with
/// each corrected word in &lt;strong&gt; (to show it).</summary>
public sealed record DidYouMeanResponse(string Query, string Html)
{
    public static DidYouMeanResponse? From(SpellingSuggestion? suggestion)
    {
        if (suggestion is null)
        {
            return null;
        }

        var html = new StringBuilder();
        foreach (var part in suggestion.Parts)
        {
            if (part.Corrected)
            {
                html.Append("<strong>");
                FragmentHtml.Escape(html, part.Text);
                html.Append("</strong>");
            }
            else
            {
                FragmentHtml.Escape(html, part.Text);
            }
        }

        return new DidYouMeanResponse(suggestion.Query, html.ToString());
    }
}
