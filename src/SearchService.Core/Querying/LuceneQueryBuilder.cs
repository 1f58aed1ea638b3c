using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>
/// Turns a <see cref="ParsedQuery"/>'s items into Lucene queries and assembles them. Every word is analysed by the
/// index's own chain and searched in the stemmed field (recall: والكتاب finds كتاب) and in the exact field
/// (precision: exact forms rank above stem-only matches), in the title (boosted) and the body. Items are built one
/// by one so the planner can rewrite each and mark what it matched (<see cref="QueryPlanner"/>).
/// </summary>
internal sealed class LuceneQueryBuilder(Analyzer analyzer, QueryWeights weights)
{
    /// <summary>The query of one item of a group, or null when the item searches nothing (a dropped question word,
    /// only stopwords or punctuation).</summary>
    public Query? BuildItem(QueryGroup group, QueryItem item)
    {
        if (QuestionWords.IsDropped(group, item, weights))
        {
            return null;
        }

        if (item is WordItem { Name: { } name } word)
        {
            return AsName(word, name);
        }

        return RootMatching.Applies(group, item) ? WithRoot((WordItem)item) : ForItem(item);
    }

    /// <summary>
    /// A foreign name: the word as typed, and each of its other spellings a little lower, in every form the index
    /// holds them (وترامب، لترامب …), in the exact fields. A name has no root, and is stemmed only where its stem
    /// is its own: the stemmer reads ألتمان's ال and ان as article and dual ending, leaving تم, and the root field
    /// joins it with تمنى. A Latin word is searched as typed as well (the rare article that writes Trump).
    /// </summary>
    private Query? AsName(WordItem word, NameReading name)
    {
        var clauses = (name.Typed is null || name.Stemmed) && ForItem(word) is { } typed ? [typed] : new List<Query>();
        var exact = 1 + weights.Exact; // what a plain word's stemmed and exact matches add up to
        if (name.Typed is { } own && !name.Stemmed)
        {
            clauses.AddRange(Forms(word.Scope, own, exact));
        }

        foreach (var spelling in name.Others)
        {
            clauses.AddRange(Forms(word.Scope, spelling, exact * weights.Spelling));
        }

        return Sum(clauses);
    }

    // A form is one exact term, or two side by side (فيس بوك): a phrase's IDF is its words' added, so two words
    // count half each to weigh as one name.
    private IEnumerable<Query> Forms(FieldScope scope, NameSpelling spelling, float weight) =>
        from form in spelling.Forms
        let words = form.Split(' ')
        from f in Fields(scope)
        select Boosted(ForTokens(IndexFields.ExactOf(f.Field), [.. words.Select((w, i) => new AnalyzedToken(w, i, 0, 0))], slop: 0), f.Boost * weight / words.Length);

    /// <summary>The words' query from each group's item queries (in <paramref name="parsed"/>'s group order; null when
    /// nothing is searchable), and the proximity bonus that rescores its best hits (null when the query has no
    /// neighbouring plain words, or proximity is off).</summary>
    public (Query? Words, Query? Proximity) Assemble(ParsedQuery parsed, IReadOnlyList<IReadOnlyList<Query>> itemQueries)
    {
        var core = new BooleanQuery(disableCoord: !weights.Coordination); // coord: more of the words ranks higher
        var positive = 0;
        for (var g = 0; g < parsed.Groups.Count; g++)
        {
            var group = parsed.Groups[g];
            var query = GroupQuery(itemQueries[g]);
            if (query is null)
            {
                continue;
            }

            switch (group.Kind)
            {
                case GroupKind.Excluded:
                    core.Add(query, Occur.MUST_NOT);
                    break;
                case GroupKind.Required:
                    core.Add(query, Occur.MUST);
                    positive++;
                    break;
                default:
                    core.Add(query, Occur.SHOULD);
                    positive++;
                    break;
            }
        }

        if (positive == 0)
        {
            if (parsed.Groups.Count > 0 && parsed.Groups.All(g => g.Kind == GroupKind.Excluded))
            {
                throw new QueryParseException("الاستبعاد وحده لا يكفي: أضف كلمة تبحث عنها، مثل: ماسك -تسلا.");
            }

            return (null, null);
        }

        return (core, BuildProximity(parsed));
    }

    private static Query? GroupQuery(IReadOnlyList<Query> queries) => queries.Count switch
    {
        0 => null,
        1 => queries[0],
        _ => Sum([.. queries]),
    };

    private Query? ForItem(QueryItem item) => item switch
    {
        WordItem { Prefix: true } w => BuildPrefix(w),
        WordItem { MaxEdits: not null } w => BuildFuzzy(w),
        WordItem w => BuildTerms(w.Text, w.Scope, slop: 0),
        PhraseItem p => BuildTerms(p.Text, p.Scope, p.Slop),
        _ => null,
    };

    /// <summary>A plain word, plus its root in the body (السفر for يسافر) as one more alternative.</summary>
    private Query? WithRoot(WordItem word)
    {
        var query = ForItem(word);
        var roots = TermAnalysis.Analyze(analyzer, IndexFields.TextRoot, word.Text);
        if (query is null || roots.Count != 1 || weights.Root <= 0)
        {
            return query;
        }

        return Sum([query, Boosted(new TermQuery(new Term(IndexFields.TextRoot, roots[0].Term)), weights.Root)]);
    }

    /// <summary>A word or a phrase: one token is a term query, several (a phrase, or "e-mail") a phrase query.</summary>
    private Query? BuildTerms(string text, FieldScope scope, int slop)
    {
        var stemmed = TermAnalysis.Analyze(analyzer, IndexFields.Text, text);
        if (stemmed.Count == 0)
        {
            return null;
        }

        var exact = TermAnalysis.Analyze(analyzer, IndexFields.TextExact, text);
        var clauses = new List<Query>();
        foreach (var (field, boost) in Fields(scope))
        {
            clauses.Add(Boosted(ForTokens(field, stemmed, slop), boost));
            clauses.Add(Boosted(ForTokens(IndexFields.ExactOf(field), exact, slop), boost * weights.Exact));
        }

        return Sum(clauses);
    }

    private Query? BuildPrefix(WordItem word)
    {
        var prefix = PrefixTerms.From(word.Text);
        var clauses = new List<Query>();
        foreach (var (field, boost) in Fields(word.Scope))
        {
            clauses.Add(Boosted(Capped(new PrefixQuery(new Term(IndexFields.ExactOf(field), prefix.Exact))), boost));
            if (prefix.Stem is { } stem)
            {
                clauses.Add(Boosted(Capped(new PrefixQuery(new Term(field, stem))), boost));
            }
        }

        return Sum(clauses);
    }

    private Query? BuildFuzzy(WordItem word)
    {
        var exact = TermAnalysis.Analyze(analyzer, IndexFields.TextExact, word.Text);
        if (exact.Count != 1)
        {
            return BuildTerms(word.Text, word.Scope, slop: 0);
        }

        // The exact form and, when it has attached letters, its stem: بالاظطراب is two edits from الاضطراب
        // but its stem اظطراب is one from اضطراب.
        var stem = ArabicLightStemFilter.StemOf(exact[0].Term);
        var clauses = new List<Query>();
        foreach (var (field, boost) in Fields(word.Scope))
        {
            clauses.Add(Boosted(Fuzzy(IndexFields.ExactOf(field), exact[0].Term, word), boost));
            if (stem != exact[0].Term)
            {
                clauses.Add(Boosted(Fuzzy(field, stem, word), boost));
            }
        }

        return Sum(clauses);
    }

    private FuzzyQuery Fuzzy(string field, string term, WordItem word) => new(
        new Term(field, term),
        word.MaxEdits ?? QuerySyntaxParser.MaxEdits,
        prefixLength: 1,
        maxExpansions: weights.MaxExpansions,
        transpositions: true);

    /// <summary>
    /// Neighbouring query words found near each other in the body earn a bonus, one sloppy two-word phrase per
    /// neighbouring pair (the sequential dependence idea): a pasted question shares short runs of words with
    /// the passage that answers it, while a long article that merely mentions the same words scatters them.
    /// </summary>
    private Query? BuildProximity(ParsedQuery parsed)
    {
        // A name joined from two query words (فيس بوك: فيسبوك) is one more alternative of the first; the pair itself
        // still counts for proximity.
        var words = parsed.Positive
            .Select(g => g.Alternatives.Where(a => a is not WordItem { Text: var t } || !t.Contains(' ', StringComparison.Ordinal)).ToList())
            .Where(alternatives => alternatives.Count == 1)
            .Select(alternatives => alternatives[0])
            .OfType<WordItem>()
            .Where(w => !w.Prefix && w.MaxEdits is null && w.Scope == FieldScope.All)
            .Where(w => !(weights.DropQuestionWords && QuestionWords.Contains(w.Text)))
            .SelectMany(w => TermAnalysis.Analyze(analyzer, IndexFields.Text, w.Text))
            .Select(t => t.Term)
            .ToList();
        if (words.Count < 2 || weights.Proximity <= 0)
        {
            return null;
        }

        var pairs = new List<Query>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == words[i + 1])
            {
                continue;
            }

            var phrase = new PhraseQuery { Slop = weights.ProximitySlop };
            phrase.Add(new Term(IndexFields.Text, words[i]), 0);
            phrase.Add(new Term(IndexFields.Text, words[i + 1]), 1);
            pairs.Add(phrase);
        }

        return pairs.Count == 0 ? null : Boosted(Sum(pairs)!, weights.Proximity);
    }

    private IEnumerable<(string Field, float Boost)> Fields(FieldScope scope)
    {
        if (scope != FieldScope.Text)
        {
            yield return (IndexFields.Title, weights.Title);
        }

        if (scope != FieldScope.Title)
        {
            yield return (IndexFields.Text, 1f);
        }
    }

    private static Query ForTokens(string field, List<AnalyzedToken> tokens, int slop)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position);
        }

        return phrase;
    }

    // Constant score (a prefix says nothing about which completion matters more), expanded into a boolean
    // query whose clause limit (BooleanQuery.MaxClauseCount, 1,024) is the cap: past it Lucene throws
    // TooManyClauses, which the engine turns into a clear 400 instead of a CPU spike.
    private static MultiTermQuery Capped(MultiTermQuery query)
    {
        query.MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_BOOLEAN_QUERY_REWRITE;
        return query;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>Any of the clauses, scores added (no coord: these are alternatives for one word).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Every builder method returns the abstract Query its callers combine; narrowing this one would spread BooleanQuery through all of them.")]
    private static Query? Sum(List<Query> clauses)
    {
        if (clauses.Count == 0)
        {
            return null;
        }

        var sum = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            sum.Add(clause, Occur.SHOULD);
        }

        return sum;
    }
}
