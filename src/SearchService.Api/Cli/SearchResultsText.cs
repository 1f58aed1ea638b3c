using System.Globalization;
using System.Text;
using SearchService.Api.Contracts;

namespace SearchService.Api.Cli;

/// <summary>Search results as text for a person: rank, title, id and score, then each snippet with its matches
/// marked. Control characters in documents (newlines, terminal escapes) are printed as spaces, so a document cannot
/// break the layout or drive the terminal.</summary>
internal static class SearchResultsText
{
    public static void Write(SearchResponse results, TextWriter output, MarkStyle marks)
    {
        var first = ((results.Page - 1) * results.Size) + 1;
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first + i}. {Marked(hit.TitleParts, marks)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {Clean(hit.Id)}  score {hit.Score:0.0000}"));
            foreach (var fragment in hit.Fragments)
            {
                var ellipsisBefore = fragment.StartsMidText ? "…" : string.Empty;
                var ellipsisAfter = fragment.EndsMidText ? "…" : string.Empty;
                output.WriteLine($"   {ellipsisBefore}{Marked(fragment.Parts, marks)}{ellipsisAfter}");
            }

            output.WriteLine();
        }

        foreach (var expanded in results.Expanded)
        {
            output.WriteLine($"also searched: {Clean(expanded.Word)} → {string.Join("، ", expanded.Variants.Select(Clean))}");
        }

        if (results.DidYouMean is { } didYouMean)
        {
            output.WriteLine($"did you mean: {Clean(didYouMean.Query)}");
        }

        var shown = results.Hits.Count == 0 ? "none shown" : string.Create(CultureInfo.InvariantCulture, $"{first}–{first + results.Hits.Count - 1} shown");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{results.Total:N0} results for {Clean(results.Query)} ({shown}, {results.TookMs} ms){(results.TimedOut ? "; the search ran out of time, more may match" : string.Empty)}"));
    }

    private static string Marked(IEnumerable<MarkedPart> parts, MarkStyle marks)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Match ? marks.Open + Clean(part.Text) + marks.Close : Clean(part.Text));
        }

        return text.ToString();
    }

    private static string Clean(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
