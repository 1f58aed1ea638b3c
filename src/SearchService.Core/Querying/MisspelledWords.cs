using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>
/// A typed word that no document contains, in any form, is most likely misspelt (الاظطراب for الاضطراب,
/// بلجيكيا for بلجيكا): it is searched as a fuzzy word instead, the way <c>word~</c> would be. Words the index
/// knows are left exactly as typed, so a correct word never drifts to a neighbour; so are names typed in Latin
/// letters whose Arabic spellings the index holds (<see cref="NameSpellings"/>).
/// </summary>
internal static class MisspelledWords
{
    /// <summary>Shorter words have too many neighbours one edit away to guess from.</summary>
    public const int MinLength = 4;

    /// <summary>From this length on, two edits are allowed: like Elasticsearch's AUTO fuzziness, but later, since
    /// Arabic words carry attached letters (بالاظطراب is nine letters).</summary>
    public const int TwoEditsFrom = 8;

    public static ParsedQuery ToFuzzy(ParsedQuery parsed, IndexReader reader, Analyzer analyzer)
    {
        var changed = false;
        var groups = parsed.Groups.Select(group =>
        {
            if (group.Kind == GroupKind.Excluded)
            {
                return group;
            }

            var alternatives = group.Alternatives.Select(item =>
            {
                var fuzzy = item is WordItem { Prefix: false, MaxEdits: null, Name: null } word ? Fuzzy(word, reader, analyzer) : null;
                changed |= fuzzy is not null;
                return fuzzy ?? item;
            }).ToList();
            return group with { Alternatives = alternatives };
        }).ToList();
        return changed ? new ParsedQuery(groups) : parsed;
    }

    private static WordItem? Fuzzy(WordItem word, IndexReader reader, Analyzer analyzer)
    {
        var exact = TermAnalysis.Analyze(analyzer, IndexFields.TextExact, word.Text);
        if (exact.Count != 1 || exact[0].Term.Length < MinLength || !exact[0].Term.All(char.IsLetter))
        {
            return null;
        }

        var term = exact[0].Term;
        var stem = ArabicLightStemFilter.StemOf(term);
        var known = reader.DocFreq(new Term(IndexFields.TextExact, term)) > 0
            || reader.DocFreq(new Term(IndexFields.TitleExact, term)) > 0
            || reader.DocFreq(new Term(IndexFields.Text, stem)) > 0
            || reader.DocFreq(new Term(IndexFields.Title, stem)) > 0;
        return known ? null : word with { MaxEdits = term.Length >= TwoEditsFrom ? 2 : 1 };
    }
}
