using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>Applies <see cref="ArabicRootStemmer"/> to Arabic tokens; Latin words and numbers pass through.</summary>
internal sealed class ArabicRootStemFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public ArabicRootStemFilter(TokenStream input)
        : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (ArabicScript.StartsArabic(term.Buffer.AsSpan(0, term.Length)))
        {
            var root = ArabicRootStemmer.Stem(term.ToString());
            term.SetEmpty().Append(root);
        }

        return true;
    }

    /// <summary>The root of an exact (folded) term, exactly as this filter would produce it.</summary>
    public static string RootOf(string exactTerm) =>
        ArabicScript.StartsArabic(exactTerm) ? ArabicRootStemmer.Stem(exactTerm) : exactTerm;
}
