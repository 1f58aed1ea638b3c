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

        if (!keyword.IsKeyword && ArabicScript.StartsArabic(term.Buffer.AsSpan(0, term.Length)))
        {
            term.Length = ArabicLightStemmer.Stem(term.Buffer, term.Length);
        }

        return true;
    }

    /// <summary>The stemmed form of an exact (folded) term, exactly as this filter would produce it.</summary>
    public static string StemOf(string exactTerm)
    {
        if (!ArabicScript.StartsArabic(exactTerm))
        {
            return exactTerm;
        }

        var buffer = exactTerm.ToCharArray();
        return new string(buffer, 0, ArabicLightStemmer.Stem(buffer, buffer.Length));
    }
}
