using SearchService.Core.Analysis;

namespace SearchService.Core.Suggest;

/// <summary>
/// A title as compared with what is typed: folded like the index's words (hamza forms, ة/ه, ى/ي, diacritics),
/// lower-cased, spaces collapsed. "أيلون ماسك" and "ايلون ماسك" give the same key.
/// </summary>
public static class TitleKey
{
    /// <summary>Longest key indexed: a term must stay well under Lucene's 32 KB limit, and nobody types more.</summary>
    public const int MaxLength = 200;

    public static string Of(string text)
    {
        var words = ArabicSearchAnalyzer.Fold(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var key = string.Join(' ', words);
        return key.Length > MaxLength ? key[..MaxLength] : key;
    }
}
