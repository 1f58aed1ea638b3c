using Lucene.Net.Search;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>Turns a collected hit into a <see cref="SearchHit"/>: its stored fields and, while time remains, its
/// marks and snippets. Neither grows with the length of the hit's text: only its opening is loaded and marked, or,
/// when the opening holds no match, the part of the text around the first one.</summary>
internal sealed class HitBuilder(IndexSearcher searcher, PostingsMarks marks, SnippetBuilder snippets)
{
    public SearchHit Marked(ScoreDoc hit)
    {
        var (document, textContinues) = DocumentMapper.Opening(searcher, hit.Doc, withText: true);
        var found = marks.Find(searcher.IndexReader, hit.Doc, TermOccurrences.MaxPerDocument, document.Text.Length);
        var title = SnippetBuilder.Whole(document.Title, found.Title);
        if (found.Text.Count == 0 && textContinues && FurtherIn(hit.Doc) is { } further)
        {
            return ToHit(document, hit.Score, title, further);
        }

        return ToHit(document, hit.Score, title, snippets.Build(document.Text, found.Text, textContinues));
    }

    // A long text whose opening does not hold the match: snippets from the stored piece where the first match is.
    private IReadOnlyList<Fragment>? FurtherIn(int doc)
    {
        var anywhere = marks.Find(searcher.IndexReader, doc, TermOccurrences.MaxPerDocument, int.MaxValue).Text;
        if (anywhere.Count == 0)
        {
            return null;
        }

        var (window, start, continues) = DocumentMapper.TextAround(searcher, doc, anywhere[0].Start);
        var inWindow = anywhere
            .Where(m => m.Start >= start && m.End <= start + window.Length)
            .Select(m => m with { Start = m.Start - start, End = m.End - start })
            .ToList();
        return snippets.Build(window, inWindow, continues, textBeganBefore: start > 0);
    }

    /// <summary>The hit as found, without snippets or marks: what is returned once the time budget has run out.</summary>
    public SearchHit Plain(ScoreDoc hit)
    {
        var (document, _) = DocumentMapper.Opening(searcher, hit.Doc, withText: false);
        return ToHit(document, hit.Score, SnippetBuilder.Whole(document.Title, []), []);
    }

    private static SearchHit ToHit(SourceDocument document, float score, Fragment title, IReadOnlyList<Fragment> fragments) => new(
        document.Id,
        document.Title,
        title,
        score,
        fragments,
        document.Modified,
        document.Date,
        document.Url,
        document.Source);
}
