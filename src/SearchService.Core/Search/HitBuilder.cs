using Lucene.Net.Search;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>Turns a collected hit into a <see cref="SearchHit"/>: its stored fields and, while time remains, its
/// marks and snippets. Neither grows with the length of the hit's text: only its opening is loaded and marked.</summary>
internal sealed class HitBuilder(IndexSearcher searcher, PostingsMarks marks, SnippetBuilder snippets)
{
    public SearchHit Marked(ScoreDoc hit)
    {
        var (document, textContinues) = DocumentMapper.Opening(searcher, hit.Doc, withText: true);
        var found = marks.Find(searcher.IndexReader, hit.Doc, TermOccurrences.MaxPerDocument, document.Text.Length);
        return ToHit(document, hit.Score, SnippetBuilder.Whole(document.Title, found.Title), snippets.Build(document.Text, found.Text, textContinues));
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
