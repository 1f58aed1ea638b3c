using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Suggest;

/// <summary>
/// Completions for the search box, called on every keystroke. The last typed word is completed from the index's
/// own unstemmed words (the exact body field), most documents first, each shown as the documents most often write
/// it (read back from the text at a few of its postings' offsets, since the index holds it folded); the words
/// typed before it are kept. Titles starting with the whole typed text come from one seek in the folded-title
/// field. A word or text of fewer than <see cref="MinLetters"/> letters is not completed: one letter would match
/// a large part of the dictionary and say little. Thread-safe.
/// </summary>
public sealed class Completions(SearcherSource searchers)
{
    /// <summary>Fewest letters of the last word (and of the whole text, for titles) that are completed.</summary>
    public const int MinLetters = 2;

    /// <summary>Dictionary words looked at per request at most, so a common prefix costs a bounded time. The
    /// frequent words of a prefix are nearly always among them; past it the list is the best of those seen.</summary>
    public const int MaxWordsScanned = 20_000;

    /// <summary>Documents read per word to find how it is written.</summary>
    private const int FormSamples = 3;

    // Letters that folding produces from others (أ→ا, ة→ه, ى→ي …), and digits (٢→2), and Latin letters (lower-cased):
    // a word without any of these is written as it is indexed, and no document needs to be read for it.
    private static readonly HashSet<char> Ambiguous = [.. ArabicCharacterMap.Folds.Values.SelectMany(v => v)];

    // The stored fields a title completion reads (not the text).
    private static readonly HashSet<string> Fields = [IndexFields.Id, IndexFields.Title];

    public Suggestions Suggest(string typed, int size, CancellationToken cancellationToken = default)
    {
        using var lease = searchers.AcquireSearcher();
        var searcher = lease.Searcher;
        var words = Words(searcher, typed, size, cancellationToken);
        var titles = Titles(searcher.IndexReader, typed, size);
        return new Suggestions(words, titles);
    }

    private static List<WordCompletion> Words(Lucene.Net.Search.IndexSearcher searcher, string typed, int size, CancellationToken cancellationToken)
    {
        // Text ending in a space: the last word is finished, there is nothing to complete.
        if (typed.Length == 0 || char.IsWhiteSpace(typed[^1]))
        {
            return [];
        }

        var start = typed.TrimEnd().LastIndexOfAny([' ', '\t', '\n', '\r']) + 1;
        var before = typed[..start];
        var prefix = Key(typed[start..]);
        if (prefix.Length < MinLetters || MultiFields.GetTerms(searcher.IndexReader, IndexFields.TextExact) is not { } terms)
        {
            return [];
        }

        var best = TopByDocumentFrequency(terms, prefix, size);
        var completions = new List<WordCompletion>(best.Count);
        foreach (var (term, count) in best)
        {
            cancellationToken.ThrowIfCancellationRequested();
            completions.Add(new WordCompletion(before + WrittenForm(searcher, term), count));
        }

        return completions;
    }

    /// <summary>The word as the index holds it: folded, lower-cased, without punctuation.</summary>
    private static string Key(string word) =>
        new([.. ArabicSearchAnalyzer.Fold(word).ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static List<(string Term, int Count)> TopByDocumentFrequency(Terms terms, string prefix, int size)
    {
        var prefixBytes = new BytesRef(prefix);
        var iterator = terms.GetEnumerator();
        var found = new List<(string Term, int Count)>();
        if (iterator.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        // A small sorted list rather than a heap: size is at most 20.
        var scanned = 0;
        do
        {
            var term = iterator.Term;
            if (!StringHelper.StartsWith(term, prefixBytes) || ++scanned > MaxWordsScanned)
            {
                break;
            }

            var count = iterator.DocFreq;
            if (found.Count == size && count <= found[^1].Count)
            {
                continue;
            }

            var at = found.FindIndex(f => f.Count < count);
            found.Insert(at < 0 ? found.Count : at, (term.Utf8ToString(), count));
            if (found.Count > size)
            {
                found.RemoveAt(size);
            }
        }
        while (iterator.MoveNext());

        return found;
    }

    /// <summary>The commonest spelling of an indexed word in the text of a few documents that hold it.</summary>
    private static string WrittenForm(Lucene.Net.Search.IndexSearcher searcher, string term)
    {
        if (!term.Any(c => Ambiguous.Contains(c) || char.IsAsciiLetterOrDigit(c)))
        {
            return term;
        }

        var reader = searcher.IndexReader;
        var postings = MultiFields.GetTermPositionsEnum(reader, MultiFields.GetLiveDocs(reader), IndexFields.TextExact, new BytesRef(term), DocsAndPositionsFlags.OFFSETS);
        if (postings is null)
        {
            return term;
        }

        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var read = 0; read < FormSamples && postings.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; read++)
        {
            postings.NextPosition();
            var (start, end) = (postings.StartOffset, postings.EndOffset);
            if (start < 0 || end <= start)
            {
                continue;
            }

            var (text, textStart, _) = DocumentMapper.TextAround(searcher, postings.DocID, start);
            if (start - textStart >= 0 && end - textStart <= text.Length)
            {
                var form = text[(start - textStart)..(end - textStart)];
                forms[form] = forms.GetValueOrDefault(form) + 1;
            }
        }

        // A written form must fold back to the word (it always should; this guards against a changed text).
        return forms.Where(f => Key(f.Key) == term).OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key).FirstOrDefault() ?? term;
    }

    private static List<TitleCompletion> Titles(IndexReader reader, string typed, int size)
    {
        var key = TitleKey.Of(typed);
        if (key.Count(char.IsLetterOrDigit) < MinLetters || MultiFields.GetTerms(reader, IndexFields.TitleKey) is not { } terms)
        {
            return [];
        }

        var prefix = new BytesRef(key);
        var iterator = terms.GetEnumerator();
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var titles = new List<TitleCompletion>(size);
        if (iterator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return titles;
        }

        DocsEnum? docs = null;
        do
        {
            if (!StringHelper.StartsWith(iterator.Term, prefix))
            {
                break;
            }

            docs = iterator.Docs(liveDocs, docs, DocsFlags.NONE);
            while (titles.Count < size && docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                var stored = reader.Document(docs.DocID, Fields);
                titles.Add(new TitleCompletion(
                    stored.Get(IndexFields.Id, CultureInfo.InvariantCulture),
                    stored.Get(IndexFields.Title, CultureInfo.InvariantCulture) ?? string.Empty));
            }
        }
        while (titles.Count < size && iterator.MoveNext());

        return titles;
    }
}
