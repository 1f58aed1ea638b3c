namespace SearchService.Core.Highlighting;

/// <summary>A run of original text, marked when it is a match. Plain data: escaping is the caller's job.</summary>
public sealed record FragmentPart(string Text, bool IsMatch);

/// <summary>One snippet: a piece of the original text cut at word or sentence boundaries.</summary>
/// <param name="StartsMidText">True when text precedes the fragment (shown as an ellipsis).</param>
/// <param name="EndsMidText">True when text follows the fragment.</param>
public sealed record Fragment(IReadOnlyList<FragmentPart> Parts, bool StartsMidText, bool EndsMidText)
{
    public string PlainText => string.Concat(Parts.Select(p => p.Text));
}

/// <summary>A matched word in a text: [Start, End) and which query item it answers (for variety in snippets).</summary>
internal readonly record struct MatchSpan(int Start, int End, int Key);
