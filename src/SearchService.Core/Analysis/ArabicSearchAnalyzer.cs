using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchService.Core.Analysis;

/// <summary>
/// The one analysis chain, used at index time and at query time:
/// fold characters (<see cref="ArabicCharacterMap"/>) → Unicode word tokens → lower-case → drop stopwords
/// → light stemming (stemmed variant) or root extraction (root variant).
/// </summary>
internal sealed class ArabicSearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Form form;

    private ArabicSearchAnalyzer(Form form) => this.form = form;

    private enum Form
    {
        Exact,
        Stemmed,
        Root,
    }

    /// <summary>Folded and stemmed: finds والكتاب for كتاب.</summary>
    public static ArabicSearchAnalyzer Stemmed() => new(Form.Stemmed);

    /// <summary>Folded, not stemmed: the exact form, which ranks above stem-only matches.</summary>
    public static ArabicSearchAnalyzer Exact() => new(Form.Exact);

    /// <summary>Folded and reduced to roots: finds السفر for يسافر, ranked below a word's own forms.</summary>
    public static ArabicSearchAnalyzer Roots() => new(Form.Root);

    /// <summary>Lucene's Arabic stopword list, folded the same way as the text it is compared with.</summary>
    internal static CharArraySet StopWords { get; } = BuildStopWords();

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ArabicFoldingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new FastLowerCaseFilter(tokenizer);
        stream = new StopFilter(Version, stream, StopWords);
        stream = form switch
        {
            Form.Stemmed => new ArabicLightStemFilter(stream),
            Form.Root => new ArabicRootStemFilter(stream),
            _ => stream,
        };

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Folds one word or phrase the way the char filter does, for tables kept outside Lucene.</summary>
    internal static string Fold(string text)
    {
        var table = ArabicCharacterMap.Replacements;
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (table[c] is { } replacement)
            {
                folded.Append(replacement);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, 200, ignoreCase: false);
        foreach (var word in ArabicAnalyzer.DefaultStopSet)
        {
            set.Add(Fold(word));
        }

        return set.AsReadOnly();
    }
}
