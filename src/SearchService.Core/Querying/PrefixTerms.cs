using SearchService.Core.Analysis;

namespace SearchService.Core.Querying;

/// <summary>
/// What a <c>word*</c> item looks for: the folded prefix in the exact field, and the same prefix without an
/// attached article or conjunction in the stemmed field (الاستكش* also finds والاستكشاف). One place, so the query
/// and the highlighter mean the same thing.
/// </summary>
internal readonly record struct PrefixTerms(string Exact, string? Stem)
{
    public static PrefixTerms From(string text)
    {
        var exact = ArabicSearchAnalyzer.Fold(text).ToLowerInvariant();
        var stem = ArabicLightStemmer.StripPrefix(exact);
        return new PrefixTerms(exact, stem.Length >= QuerySyntaxParser.MinPrefixLength && stem != exact ? stem : null);
    }
}
