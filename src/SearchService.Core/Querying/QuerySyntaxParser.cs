using System.Globalization;
using System.Text;

namespace SearchService.Core.Querying;

/// <summary>
/// A forgiving parser for the documented syntax: words, <c>"phrase"</c>, <c>"phrase"~N</c>, <c>-exclude</c>,
/// <c>+require</c>, <c>a OR b</c>, <c>prefix*</c>, <c>word~</c>, <c>title:</c>/<c>text:</c>. People paste whole
/// questions, so stray punctuation, unbalanced quotes and dangling operators are read as sensibly as possible;
/// only what has no sensible meaning (a wildcard with nothing before it) is an error.
/// Pure and allocation-light: one instance per request is not needed, it holds no state.
/// </summary>
internal static class QuerySyntaxParser
{
    public const int MaxSlop = 100;
    public const int MaxEdits = 2;
    public const int MinPrefixLength = 2;

    public static ParsedQuery Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var groups = new List<QueryGroup>();
        var pendingOr = false;
        var position = 0;
        while (true)
        {
            var token = NextToken(input, ref position);
            if (token is null)
            {
                break;
            }

            if (token.IsOr)
            {
                pendingOr = groups.Count > 0;
                continue;
            }

            var item = token.Item!;
            var kind = token.Modifier switch
            {
                '-' => GroupKind.Excluded,
                '+' => GroupKind.Required,
                _ => item is PhraseItem ? GroupKind.Required : GroupKind.Optional,
            };

            // "a OR b": b joins a's group; an OR next to an exclusion has no sensible reading, so it is ignored.
            if (pendingOr && groups[^1].Kind != GroupKind.Excluded && kind != GroupKind.Excluded)
            {
                var previous = groups[^1];
                var merged = previous.Kind == GroupKind.Required && kind == GroupKind.Required ? GroupKind.Required : GroupKind.Optional;
                groups[^1] = new QueryGroup(merged, [.. previous.Alternatives, item]);
            }
            else
            {
                groups.Add(new QueryGroup(kind, [item]));
            }

            pendingOr = false;
        }

        return new ParsedQuery(groups);
    }

    private sealed record Token(QueryItem? Item, char Modifier, bool IsOr);

    private static Token? NextToken(string s, ref int i)
    {
        while (true)
        {
            SkipSeparators(s, ref i);
            if (i >= s.Length)
            {
                return null;
            }

            var modifier = '\0';
            if (s[i] is '-' or '+' or '!')
            {
                var start = i;
                while (i < s.Length && s[i] is '-' or '+' or '!')
                {
                    i++;
                }

                if (i >= s.Length || IsSeparator(s[i]))
                {
                    continue; // a lone operator means nothing: skip it
                }

                modifier = s[start] == '+' ? '+' : '-';
            }

            var scope = ReadScope(s, ref i);
            if (i < s.Length && IsQuote(s[i]))
            {
                return new Token(ReadPhrase(s, ref i, scope), modifier, false);
            }

            var word = ReadWord(s, ref i);
            if (modifier == '\0' && scope == FieldScope.All && word is "OR" or "||" or "|")
            {
                return new Token(null, '\0', true);
            }

            if (modifier == '\0' && scope == FieldScope.All && word is "AND" or "&&")
            {
                continue; // every word already counts; AND adds nothing
            }

            if (word is "NOT" && modifier == '\0')
            {
                var next = NextToken(s, ref i);
                return next is { Item: not null } ? next with { Modifier = '-' } : next;
            }

            var item = ToWordItem(word, scope);
            if (item is not null)
            {
                return new Token(item, modifier, false);
            }
        }
    }

    private static FieldScope ReadScope(string s, ref int i)
    {
        foreach (var (name, scope) in new[] { ("title:", FieldScope.Title), ("text:", FieldScope.Text), ("العنوان:", FieldScope.Title) })
        {
            if (string.CompareOrdinal(s, i, name, 0, name.Length) == 0 || s.AsSpan(i).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                i += name.Length;
                return scope;
            }
        }

        return FieldScope.All;
    }

    private static PhraseItem? ReadPhrase(string s, ref int i, FieldScope scope)
    {
        i++; // opening quote
        var start = i;
        while (i < s.Length && !IsQuote(s[i]))
        {
            i++;
        }

        var text = s[start..i];
        if (i < s.Length)
        {
            i++; // closing quote; an unbalanced quote runs to the end of the query
        }

        var slop = 0;
        if (i < s.Length && s[i] == '~')
        {
            i++;
            var digits = ReadDigits(s, ref i);
            slop = digits.Length == 0 ? 2 : ParseBounded(digits, MaxSlop);
        }

        return new PhraseItem(text, scope, slop);
    }

    private static WordItem? ToWordItem(string word, FieldScope scope)
    {
        int? edits = null;
        var tilde = word.IndexOf('~', StringComparison.Ordinal);
        if (tilde >= 0)
        {
            var digits = new string(word[(tilde + 1)..].TakeWhile(char.IsAsciiDigit).ToArray());
            edits = digits.Length == 0 ? MaxEdits : ParseBounded(digits, MaxEdits);
            word = word[..tilde];
        }

        var prefix = word.EndsWith('*');
        var core = word.TrimEnd('*');
        if (core.Contains('*', StringComparison.Ordinal))
        {
            throw new QueryParseException($"علامة * تأتي في آخر الكلمة فقط، مثل: الاستكش* (في «{word}»).");
        }

        if (prefix)
        {
            var letters = core.Count(char.IsLetterOrDigit);
            if (letters < MinPrefixLength)
            {
                throw new QueryParseException(core.Length == 0
                    ? "علامة * وحدها لا تعني شيئًا: اكتب قبلها حرفين على الأقل، مثل: الاستكش*."
                    : $"البحث ببداية الكلمة يحتاج {MinPrefixLength} حرفين على الأقل قبل علامة * (في «{word}»).");
            }
        }

        if (core.Length == 0 || !core.Any(char.IsLetterOrDigit))
        {
            return null; // punctuation only
        }

        return new WordItem(core, scope, prefix, prefix ? null : edits);
    }

    private static string ReadWord(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && !IsSeparator(s[i]) && !IsQuote(s[i]))
        {
            i++;
        }

        return s[start..i];
    }

    private static string ReadDigits(string s, ref int i)
    {
        var builder = new StringBuilder();
        while (i < s.Length && char.IsDigit(s[i]))
        {
            builder.Append(char.GetNumericValue(s[i]).ToString(CultureInfo.InvariantCulture));
            i++;
        }

        return builder.ToString();
    }

    // Digits may be Arabic-Indic; a huge number means "as loose as allowed".
    private static int ParseBounded(string digits, int max) =>
        digits.Length > 6 ? max : Math.Min(max, int.Parse(digits, CultureInfo.InvariantCulture));

    private static void SkipSeparators(string s, ref int i)
    {
        while (i < s.Length && IsSeparator(s[i]))
        {
            i++;
        }
    }

    // Brackets are not grouping here: they are read as spaces so pasted text searches as written.
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')' or '[' or ']' or '{' or '}';

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '＂';
}
