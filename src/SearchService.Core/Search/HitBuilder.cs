using Lucene.Net.Search;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>Turns a page of collected hits into <see cref="SearchHit"/>s: their stored fields and, while time remains,
/// their marks and snippets. Neither grows with the length of a hit's text: only its opening is loaded and marked,
/// or, when the opening holds no match, the part of the text around the first one.</summary>
internal sealed class HitBuilder(IndexSearcher searcher, PostingsMarks marks, SnippetBuilder snippets)
{
    /// <summary>The hits in the order given; those reached after the deadline come without snippets.</summary>
    public (IReadOnlyList<SearchHit> Hits, bool TimedOut) Build(IReadOnlyList<ScoreDoc> page, Deadline deadline, bool timedOut, CancellationToken cancellationToken)
    {
        var opened = new List<(ScoreDoc Hit, SourceDocument Document, bool TextContinues)>();
        foreach (var hit in page)
        {
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = timedOut || deadline.IsPast;
            if (timedOut)
            {
                break;
            }

            var (document, textContinues) = DocumentMapper.Opening(searcher, hit.Doc, withText: true);
            opened.Add((hit, document, textContinues));
        }

        // All the opened hits' marks at once: each searched term is looked up once per segment, not once per hit.
        var found = marks.Find(searcher.IndexReader, [.. opened.Select(o => new PostingsMarks.Target(o.Hit.Doc, o.Document.Text.Length))], TermOccurrences.MaxPerDocument);
        var hits = new List<SearchHit>(page.Count);
        for (var i = 0; i < opened.Count; i++)
        {
            var (hit, document, textContinues) = opened[i];
            var title = SnippetBuilder.Whole(document.Title, found[i].Title);
            var fragments = found[i].Text.Count == 0 && textContinues && FurtherIn(hit.Doc) is { } further
                ? further
                : snippets.Build(document.Text, found[i].Text, textContinues);
            hits.Add(ToHit(document, hit.Score, title, fragments));
        }

        hits.AddRange(page.Skip(opened.Count).Select(Plain));
        return (hits, timedOut);
    }

    /// <summary>The hit as found, without snippets or marks: what is returned once the time budget has run out.</summary>
    private SearchHit Plain(ScoreDoc hit)
    {
        var (document, _) = DocumentMapper.Opening(searcher, hit.Doc, withText: false);
        return ToHit(document, hit.Score, SnippetBuilder.Whole(document.Title, []), []);
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

    private static SearchHit ToHit(SourceDocument document, float score, Fragment title, IReadOnlyList<Fragment> fragments)
    {
        var (date, dateSource) = DocumentDate.Of(document);
        return new(document.Id, document.Title, title, score, fragments, document.Modified, date, dateSource, document.Url, document.Source);
    }
}
