using System.Text;

namespace SearchService.Evaluation;

/// <summary>
/// Light normalisation for "does the snippet contain the answer": the answers were typed by annotators, the
/// snippets are original text, so diacritics, tatweel, alef/teh-marbuta/alef-maksura spelling and spacing
/// must not decide it. Kept here (not Core's analyzer) so the check does not move when the ranking does.
/// </summary>
internal static class AnswerText
{
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u200B' and <= '\u200F'))
            {
                continue; // harakat, superscript alef, tatweel, zero-width and direction marks
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => c,
            });
        }

        return result.ToString();
    }

    public static bool ContainsAny(string? snippet, IEnumerable<string> answers)
    {
        if (string.IsNullOrEmpty(snippet))
        {
            return false;
        }

        var haystack = Normalize(snippet);
        return answers.Select(Normalize).Any(a => a.Length > 0 && haystack.Contains(a, StringComparison.Ordinal));
    }
}
