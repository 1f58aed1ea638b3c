using Lucene.Net.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Finds where a parsed query matches in a text, using the index's analysis so that what is marked is what was
/// searched: whole words as written (prefixes and diacritics included), phrases only where the phrase occurs.
/// </summary>
public sealed class QueryMatcher
{
    private readonly Analyzer analyzer;
    private readonly List<(int Key, FieldScope Scope, Func<Token[], IEnumerable<int>> Match)> items = [];
    private readonly bool needsRoots;

    public QueryMatcher(Analyzer analyzer, ParsedQuery query)
        : this(analyzer, query, QueryWeights.Default)
    {
    }

    /// <summary>Marks what a query built with <paramref name="weights"/> searches: question words it drops are
    /// not marked, and plain words match by root in the body when roots are weighted.</summary>
    public QueryMatcher(Analyzer analyzer, ParsedQuery query, QueryWeights weights)
    {
        this.analyzer = analyzer;
        var key = 0;
        foreach (var group in query.Positive)
        {
            foreach (var item in group.Alternatives)
            {
                var match = QuestionWords.IsDropped(group, item, weights) ? null : Compile(item);
                if (match is null)
                {
                    continue;
                }

                items.Add((key, item.Scope, match));
                if (weights.Root > 0 && RootMatching.Applies(group, item) && CompileRoot((WordItem)item) is { } byRoot)
                {
                    items.Add((key, FieldScope.Text, byRoot)); // only the body is searched by root
                    needsRoots = true;
                }

                key++;
            }
        }
    }

    private readonly record struct Token(string Exact, string Stem, string? Root, int Position, int Start, int End);

    /// <summary>Matches in <paramref name="text"/> of the items that search <paramref name="field"/>, in text order.</summary>
    public IReadOnlyList<MatchSpan> FindMatches(string field, string text)
    {
        var scope = field == IndexFields.Title ? FieldScope.Title : FieldScope.Text;
        var relevant = items.Where(i => i.Scope == FieldScope.All || i.Scope == scope).ToList();
        if (relevant.Count == 0 || string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = Tokenize(text);
        var byStart = new SortedDictionary<int, MatchSpan>();
        foreach (var (key, _, match) in relevant)
        {
            foreach (var index in match(tokens))
            {
                var t = tokens[index];
                byStart.TryAdd(t.Start, new MatchSpan(t.Start, t.End, key));
            }
        }

        return [.. byStart.Values];
    }

    private Token[] Tokenize(string text)
    {
        // The stemmed chain is the exact chain plus the stem filter, so one pass gives both forms.
        var exact = TermAnalysis.Analyze(analyzer, IndexFields.TextExact, text);
        var tokens = new Token[exact.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var term = exact[i].Term;
            var root = needsRoots ? ArabicRootStemFilter.RootOf(term) : null;
            tokens[i] = new Token(term, ArabicLightStemFilter.StemOf(term), root, exact[i].Position, exact[i].Start, exact[i].End);
        }

        return tokens;
    }

    private Func<Token[], IEnumerable<int>>? Compile(QueryItem item)
    {
        switch (item)
        {
            case WordItem { Prefix: true } w:
            {
                var prefix = PrefixTerms.From(w.Text);
                return tokens => Indices(tokens, t => t.Exact.StartsWith(prefix.Exact, StringComparison.Ordinal)
                    || (prefix.Stem is { } stem && t.Stem.StartsWith(stem, StringComparison.Ordinal)));
            }

            case WordItem { MaxEdits: int edits } w:
            {
                var terms = TermAnalysis.Analyze(analyzer, IndexFields.TextExact, w.Text);
                if (terms.Count != 1)
                {
                    return CompileTerms(w.Text, 0);
                }

                // As the query builder searches: the exact form, or the stem, within the edits (first letter fixed).
                var target = terms[0].Term;
                var stem = ArabicLightStemFilter.StemOf(target);
                return stem == target
                    ? tokens => Indices(tokens, t => Near(t.Exact, target, edits))
                    : tokens => Indices(tokens, t => Near(t.Exact, target, edits) || Near(t.Stem, stem, edits));
            }

            case WordItem w:
                return CompileTerms(w.Text, 0);
            case PhraseItem p:
                return CompileTerms(p.Text, p.Slop);
            default:
                return null;
        }
    }

    private Func<Token[], IEnumerable<int>>? CompileRoot(WordItem word)
    {
        var roots = TermAnalysis.Analyze(analyzer, IndexFields.TextRoot, word.Text);
        if (roots.Count != 1)
        {
            return null;
        }

        var root = roots[0].Term;
        return tokens => Indices(tokens, t => t.Root == root);
    }

    private Func<Token[], IEnumerable<int>>? CompileTerms(string text, int slop)
    {
        var terms = TermAnalysis.Analyze(analyzer, IndexFields.Text, text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count == 1)
        {
            var stem = terms[0].Term;
            return tokens => Indices(tokens, t => t.Stem == stem);
        }

        return tokens => PhraseMatches(tokens, terms, slop);
    }

    private static bool Near(string word, string target, int edits) =>
        word.Length > 0 && target.Length > 0 && word[0] == target[0] && EditDistance.AtMost(word, target, edits);

    private static IEnumerable<int> Indices(Token[] tokens, Func<Token, bool> predicate)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (predicate(tokens[i]))
            {
                yield return i;
            }
        }
    }

    /// <summary>Occurrences of the phrase: each term at its relative position, give or take <paramref name="slop"/>.</summary>
    private static IEnumerable<int> PhraseMatches(Token[] tokens, List<AnalyzedToken> terms, int slop)
    {
        var first = terms[0].Position;
        var span = terms[^1].Position - first;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Stem != terms[0].Term)
            {
                continue;
            }

            var found = new List<int> { i };
            for (var k = 1; k < terms.Count; k++)
            {
                var expected = tokens[i].Position + terms[k].Position - first;
                var best = -1;
                for (var j = 0; j < tokens.Length; j++)
                {
                    var p = tokens[j].Position;
                    if (j != i && tokens[j].Stem == terms[k].Term && Math.Abs(p - expected) <= slop
                        && p >= tokens[i].Position - slop && p <= tokens[i].Position + span + slop
                        && (best < 0 || Math.Abs(p - expected) < Math.Abs(tokens[best].Position - expected)))
                    {
                        best = j;
                    }
                }

                if (best < 0)
                {
                    found.Clear();
                    break;
                }

                found.Add(best);
            }

            foreach (var index in found)
            {
                yield return index;
            }
        }
    }
}
