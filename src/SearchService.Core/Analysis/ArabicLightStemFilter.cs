using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>Applies <see cref="ArabicLightStemmer"/> to Arabic tokens; Latin words and numbers pass through.</summary>
internal sealed class ArabicLightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public ArabicLightStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword && term.Length > 0 && IsArabicLetter(term.Buffer[0]))
        {
            term.Length = ArabicLightStemmer.Stem(term.Buffer, term.Length);
        }

        return true;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u06FF';
}
