using System.Text.RegularExpressions;
using CsCheck;
using SearchService.Core.Analysis;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Highlighting;

/// <summary>
/// Generated queries of every kind, with words drawn from real news articles: every hit shows a mark, and every mark
/// is something one of the query's items could have matched. The judge works from the query's items and the
/// analysed text (stems, roots, edit distance with transpositions, phrase words at their places), not from how the
/// engine finds its marks.
/// </summary>
public sealed partial class MarksPropertyTests(MarksPropertyTests.Corpus corpus, ITestOutputHelper output) : IClassFixture<MarksPropertyTests.Corpus>
{
    private const int Iterations = 400;

    [SkippableFact]
    public void EveryHitIsMarked_AndEveryMarkIsSomethingTheQueryCouldMatch()
    {
        Skip.If(corpus.Index is null, $"{NewsArticles.FileName} was not found in shared/corpus/news next to the repository");
        var ran = 0;
        var rejected = 0;
        var hits = 0;

        Gen.Select(Gen.Int[0, corpus.Articles.Count - 1], Gen.Int[0, 100_000], Gen.Int[0, Kinds - 1], Gen.Int[1, 4], corpus.Render)
            .Array[1, 3]
            .Select(items => string.Join(' ', items))
            .Sample(
                query =>
                {
                    Interlocked.Increment(ref ran);
                    var checkedHits = Check(query);
                    if (checkedHits < 0)
                    {
                        Interlocked.Increment(ref rejected);
                    }
                    else
                    {
                        Interlocked.Add(ref hits, checkedHits);
                    }
                },
                iter: Iterations);

        output.WriteLine($"{ran} queries, {rejected} rejected as invalid, {hits} hits checked");
        Assert.Equal(Iterations, ran);
        Assert.True(hits > Iterations, $"only {hits} hits were checked: the generated queries should mostly find something");
    }

    private const int Kinds = 12;

    /// <summary>Checks one query; returns the number of hits checked, or -1 when the engine rejected it.</summary>
    private int Check(string query)
    {
        SearchResults results;
        try
        {
            results = corpus.Index!.Engine.Search(new SearchRequest(query, 1, 10));
        }
        catch (QueryParseException)
        {
            return -1; // e.g. only exclusions; the parser's own tests cover these
        }

        var judge = new Judge(corpus, QuerySyntaxParser.Parse(query));
        foreach (var hit in results.Hits)
        {
            var shown = hit.TitleFragment.Parts.Where(p => p.IsMatch).Select(p => (p.Text, Title: true))
                .Concat(hit.Snippets.SelectMany(s => s.Parts).Where(p => p.IsMatch).Select(p => (p.Text, Title: false)))
                .ToList();
            Assert.True(!judge.HasPositiveItem || shown.Count > 0, $"«{query}»: hit {hit.Id} has no mark in its title or snippets");
            foreach (var (text, inTitle) in shown)
            {
                Assert.True(judge.AllowsWord(text, inTitle), $"«{query}»: {hit.Id} marks «{text}» in its {(inTitle ? "title" : "snippet")}");
            }

            // The document view has the same marks over the whole text, with their places: judge them in context.
            var page = corpus.Index!.Engine.Get(hit.Id, query)!;
            judge.AssertMarksInContext(query, hit.Id, page.Title!, inTitle: true);
            judge.AssertMarksInContext(query, hit.Id, page.Text!, inTitle: false);
        }

        return results.Hits.Count;
    }

    /// <summary>Decides whether a marked word could have been matched by one of a query's positive items.</summary>
    private sealed class Judge
    {
        private readonly Corpus corpus;
        private readonly List<(QueryGroup Group, QueryItem Item)> items;

        public Judge(Corpus corpus, ParsedQuery parsed)
        {
            this.corpus = corpus;
            items = [.. parsed.Positive.SelectMany(g => g.Alternatives.Select(i => (g, i)))
                .Where(x => !(x.g.Kind == GroupKind.Optional && x.i is WordItem { Prefix: false, MaxEdits: null } w && QuestionWords.Contains(w.Text)))];
            HasPositiveItem = items.Count > 0;
        }

        public bool HasPositiveItem { get; }

        public bool AllowsWord(string word, bool inTitle)
        {
            var token = corpus.Tokens(word, inTitle);
            return token.Count == 1 && items.Any(x => Allows(x.Group, x.Item, token, 0, inTitle, phraseInContext: false));
        }

        public void AssertMarksInContext(string query, string id, Fragment fragment, bool inTitle)
        {
            var text = fragment.PlainText;
            var tokens = corpus.Tokens(text, inTitle);
            var at = 0;
            foreach (var part in fragment.Parts)
            {
                if (part.IsMatch)
                {
                    var index = tokens.FindIndex(t => t.Start == at);
                    Assert.True(index >= 0 && tokens[index].End == at + part.Text.Length, $"«{query}»: {id} marks «{part.Text}», not a whole word");
                    Assert.True(items.Any(x => Allows(x.Group, x.Item, tokens, index, inTitle, phraseInContext: true)), $"«{query}»: {id} marks «{part.Text}» at {at} in its {(inTitle ? "title" : "text")}");
                }

                at += part.Text.Length;
            }
        }

        private bool Allows(QueryGroup group, QueryItem item, List<Token> tokens, int index, bool inTitle, bool phraseInContext)
        {
            if ((item.Scope == FieldScope.Title && !inTitle) || (item.Scope == FieldScope.Text && inTitle))
            {
                return false;
            }

            var token = tokens[index];
            switch (item)
            {
                case WordItem { Prefix: true } w:
                {
                    var prefix = ArabicSearchAnalyzer.Fold(w.Text).ToLowerInvariant();
                    var stripped = ArabicLightStemmer.StripPrefix(prefix);
                    return token.Exact.StartsWith(prefix, StringComparison.Ordinal)
                        || (stripped.Length >= 2 && token.Stem.StartsWith(stripped, StringComparison.Ordinal));
                }

                case WordItem w:
                {
                    var query = corpus.Tokens(w.Text, inTitle);
                    if (query.Count != 1)
                    {
                        return query.Any(q => q.Stem == token.Stem); // several tokens are searched as a phrase
                    }

                    var q = query[0];
                    if (q.Stem == token.Stem || q.Exact == token.Exact)
                    {
                        return true;
                    }

                    // Plain optional words also match by root, in the body only.
                    if (w.MaxEdits is null && group.Kind == GroupKind.Optional && w.Scope != FieldScope.Title && !inTitle && q.Root == token.Root)
                    {
                        return true;
                    }

                    // A plain word in Latin letters also matches the Arabic spellings of that name, prefixes attached.
                    if (w.MaxEdits is null && group.Kind == GroupKind.Optional
                        && NameReadings(token.Exact).Any(reading => NameKey.Fits(w.Text, reading)))
                    {
                        return true;
                    }

                    // A plain Arabic word read as a name also matches its other spellings, alike in sound or in Latin letters.
                    if (w.MaxEdits is null && group.Kind == GroupKind.Optional
                        && (NameKey.Fits(token.Exact, q.Exact)
                            || NameReadings(q.Exact).Any(typed => NameReadings(token.Exact).Any(reading => NameKey.Alike(typed, reading)))))
                    {
                        return true;
                    }

                    // A plain word written as one also matches its spelling in two words (عبدالله: عبد الله), both marked.
                    if (w.MaxEdits is null && group.Kind == GroupKind.Optional && SpelledInTwo(q.Exact, tokens, index, phraseInContext))
                    {
                        return true;
                    }

                    // word~N, or a word no article contains (searched fuzzily, up to two edits).
                    var edits = w.MaxEdits ?? (corpus.Knows(q) ? 0 : 2);
                    return edits > 0 && (Near(token.Exact, q.Exact, edits) || Near(token.Stem, q.Stem, edits));
                }

                case PhraseItem p:
                {
                    var phrase = corpus.Tokens(p.Text, inTitle);
                    var first = phrase.FindIndex(t => t.Stem == token.Stem);
                    if (first < 0 || !phraseInContext || phrase.Count == 1)
                    {
                        return first >= 0;
                    }

                    return p.Slop == 0 ? ExactPhraseAt(phrase, tokens, index) : PhraseWordsNear(phrase, tokens, index, p.Slop);
                }

                default:
                    return false;
            }
        }

        private static IEnumerable<string> NameReadings(string exact) =>
            new[] { "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول", "فب", "فل", "وك", "ولل" }
                .Where(p => exact.StartsWith(p, StringComparison.Ordinal) && exact.Length - p.Length >= 3)
                .Select(p => exact[p.Length..]);

        // Out of context, the token is the start or the end of the word; in context, it and a neighbour spell the word.
        // Either side may carry attached letters (وعبدالله, وعبد الله).
        private static bool SpelledInTwo(string word, List<Token> tokens, int index, bool inContext)
        {
            var words = NameReadings(word).Append(word).ToList();
            var token = tokens[index].Exact;
            if (!inContext)
            {
                return token.Length >= 2 && words.Any(w => w.Length >= token.Length + 2
                    && (w.StartsWith(token, StringComparison.Ordinal) || w.EndsWith(token, StringComparison.Ordinal)));
            }

            bool Spell(int first) => first >= 0 && first + 1 < tokens.Count
                && NameReadings(tokens[first].Exact).Append(tokens[first].Exact).Any(start => words.Contains(start + tokens[first + 1].Exact));
            return Spell(index) || Spell(index - 1);
        }

        // The token stands for one of the phrase's words, and every other phrase word is at its place beside it.
        private static bool ExactPhraseAt(List<Token> phrase, List<Token> tokens, int index)
        {
            var byPosition = tokens.ToDictionary(t => t.Position, t => t.Stem);
            return phrase.Where(k => k.Stem == tokens[index].Stem).Any(k =>
                phrase.All(j => byPosition.TryGetValue(tokens[index].Position - k.Position + j.Position, out var stem) && stem == j.Stem));
        }

        // Looser for a sloppy phrase: every phrase word occurs within slop + the phrase's length of the token.
        private static bool PhraseWordsNear(List<Token> phrase, List<Token> tokens, int index, int slop)
        {
            var reach = slop + phrase[^1].Position - phrase[0].Position;
            var near = tokens.Where(t => Math.Abs(t.Position - tokens[index].Position) <= reach).Select(t => t.Stem).ToHashSet();
            return phrase.All(j => near.Contains(j.Stem));
        }

        // Within the edits, counting a swap of neighbours as one (as FuzzyQuery does), first letter fixed.
        private static bool Near(string a, string b, int edits) =>
            a.Length > 0 && b.Length > 0 && a[0] == b[0] && Distance(a, b) <= edits;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>A word as the index sees it: folded, stemmed and reduced to its root, at its place.</summary>
    public sealed record Token(string Exact, string Stem, string Root, int Position, int Start, int End);

    /// <summary>A few hundred real articles, indexed once, with the words queries are drawn from.</summary>
    public sealed partial class Corpus : IDisposable
    {
        private readonly HashSet<string> exactForms = new(StringComparer.Ordinal);
        private readonly HashSet<string> stems = new(StringComparer.Ordinal);
        private readonly Lucene.Net.Analysis.Analyzer analyzer = SearchAnalyzers.CreatePerField();

        public Corpus()
        {
            var path = NewsArticles.Locate();
            if (path is null)
            {
                return;
            }

            Articles = NewsArticles.Read(path, 300);
            Index = new TempIndex(new Dictionary<string, string>());
            foreach (var (id, title, text) in Articles)
            {
                Index.Store.Upsert(TempIndex.Document(id, text, title));
                foreach (var token in Tokens(title, inTitle: true).Concat(Tokens(text, inTitle: false)))
                {
                    exactForms.Add(token.Exact);
                    stems.Add(token.Stem);
                }
            }

            Index.Store.Commit();
            Words = [.. Articles.Select(a => WordPattern().Matches(a.Text).Select(m => m.Value).ToArray())];
            TitleWords = [.. Articles.Select(a => WordPattern().Matches(a.Title).Select(m => m.Value).ToArray())];
        }

        public TempIndex? Index { get; }

        public List<(string Id, string Title, string Text)> Articles { get; } = [];

        public List<string[]> Words { get; } = [];

        public List<string[]> TitleWords { get; } = [];

        /// <summary>Whether some article has the word, as written (folded) or by its stem.</summary>
        public bool Knows(Token word) => exactForms.Contains(word.Exact) || stems.Contains(word.Stem);

        public List<Token> Tokens(string text, bool inTitle)
        {
            var exact = TermAnalysis.Analyze(analyzer, inTitle ? IndexFields.TitleExact : IndexFields.TextExact, text);
            var stems = TermAnalysis.Analyze(analyzer, inTitle ? IndexFields.Title : IndexFields.Text, text);
            var roots = TermAnalysis.Analyze(analyzer, IndexFields.TextRoot, text);
            return [.. exact.Select((e, i) => new Token(e.Term, stems[i].Term, roots[i].Term, e.Position, e.Start, e.End))];
        }

        /// <summary>One query item of the given kind, made from the words of an article around a place in it.</summary>
        public string Render(int article, int at, int kind, int n)
        {
            var words = Words[article];
            var i = at % Math.Max(1, words.Length - 3);
            string Word(int k) => words[Math.Min(words.Length - 1, i + k)];
            return kind switch
            {
                0 => Word(0),
                1 => $"{Word(0)} {Word(2)}",
                2 => $"\"{string.Join(' ', Enumerable.Range(0, 1 + Math.Min(n, 2)).Select(Word))}\"",
                3 => n % 2 == 0 ? $"\"{Word(0)} {Word(2)}\"~{n}" : $"\"{Word(1)} {Word(0)}\"~{n + 1}", // apart, or swapped
                4 => $"+{Word(0)}",
                5 => $"-{Word(1)}",
                6 => $"{Word(0)} OR {Words[(article + 1) % Words.Count][i % Words[(article + 1) % Words.Count].Length]}",
                7 => $"{Word(0)[..Math.Min(Word(0).Length, 2 + n)]}*",
                8 => $"{Word(0)}~",
                9 => $"{Word(0)}~1",
                10 => Misspell(Word(0), n),
                _ => $"title:{TitleWords[article][at % TitleWords[article].Length]}",
            };
        }

        public void Dispose() => Index?.Dispose();

        // A swap of two letters after the first, or one letter replaced: the ordinary misspellings.
        private static string Misspell(string word, int n)
        {
            if (word.Length < 4)
            {
                return word;
            }

            var letters = word.ToCharArray();
            var k = 1 + (n % (letters.Length - 2));
            if (n % 2 == 0)
            {
                (letters[k], letters[k + 1]) = (letters[k + 1], letters[k]);
            }
            else
            {
                letters[k] = letters[k] == 'ض' ? 'ظ' : 'ض';
            }

            return new string(letters);
        }

        [GeneratedRegex(@"[\p{L}\p{Mn}]{2,}")]
        private static partial Regex WordPattern();
    }
}
