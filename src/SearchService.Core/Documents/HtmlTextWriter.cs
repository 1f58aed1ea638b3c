using System.Text;

namespace SearchService.Core.Documents;

/// <summary>
/// Accumulates text extracted from HTML: whitespace runs collapse to one space, and requested
/// line or paragraph breaks are written once, before the next visible character.
/// </summary>
internal sealed class HtmlTextWriter
{
    private readonly StringBuilder _builder = new();
    private int _pendingBreaks;
    private bool _pendingSpace;

    public void Break(int lineBreaks) => _pendingBreaks = Math.Max(_pendingBreaks, lineBreaks);

    public void Write(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            Flush();
            _builder.Append(c);
        }
    }

    /// <summary>Preformatted text: spaces and line breaks are kept as they are.</summary>
    public void WriteVerbatim(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        Flush();
        _builder.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public override string ToString() => _builder.ToString().Trim();

    private void Flush()
    {
        if (_builder.Length > 0)
        {
            if (_pendingBreaks > 0)
            {
                _builder.Append('\n', _pendingBreaks);
            }
            else if (_pendingSpace)
            {
                _builder.Append(' ');
            }
        }

        _pendingBreaks = 0;
        _pendingSpace = false;
    }
}
