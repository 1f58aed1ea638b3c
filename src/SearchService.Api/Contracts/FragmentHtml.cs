using System.Text;
using SearchService.Core.Highlighting;

namespace SearchService.Api.Contracts;

/// <summary>
/// Renders highlight data as HTML at the edge: only &lt;mark&gt; is markup, everything else is escaped.
/// Only the five HTML-special characters are escaped, so Arabic stays readable (no &amp;#NNNN; entities).
/// </summary>
public static class FragmentHtml
{
    public const char Ellipsis = '…';

    public static string Render(Fragment fragment)
    {
        var html = new StringBuilder();
        if (fragment.StartsMidText)
        {
            html.Append(Ellipsis);
        }

        foreach (var part in fragment.Parts)
        {
            if (part.IsMatch)
            {
                html.Append("<mark>");
                Escape(html, part.Text);
                html.Append("</mark>");
            }
            else
            {
                Escape(html, part.Text);
            }
        }

        if (fragment.EndsMidText)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    internal static void Escape(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
