namespace SearchService.Core.Analysis;

/// <summary>Which tokens the Arabic stemmers touch: those that begin with an Arabic letter (Latin words and
/// numbers pass through unchanged).</summary>
internal static class ArabicScript
{
    public static bool StartsArabic(ReadOnlySpan<char> term) => term.Length > 0 && term[0] is >= '\u0620' and <= '\u06FF';
}
