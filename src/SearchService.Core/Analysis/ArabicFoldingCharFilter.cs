using Lucene.Net.Analysis.CharFilters;

namespace SearchService.Core.Analysis;

/// <summary>
/// Applies <see cref="ArabicCharacterMap"/> by direct table lookup. Every key of the map is one character, so
/// Lucene's <see cref="MappingCharFilter"/> (an FST walk and a one-character read per input character) does far
/// more than needed and was half the cost of analysis; this filter gives the same characters and the same offset
/// corrections (checked against it on real news in the tests), in bulk.
/// </summary>
internal sealed class ArabicFoldingCharFilter(TextReader input) : BaseCharFilter(input)
{
    private readonly char[] buffer = new char[1024];
    private int bufferLength;
    private int bufferPosition;
    private int consumed;
    private string? pending;
    private int pendingPosition;

    public override int Read(char[] cbuf, int off, int len)
    {
        var table = ArabicCharacterMap.Replacements;
        var written = 0;
        while (written < len)
        {
            if (pending is not null)
            {
                var count = Math.Min(len - written, pending.Length - pendingPosition);
                pending.CopyTo(pendingPosition, cbuf, off + written, count);
                written += count;
                pendingPosition += count;
                if (pendingPosition == pending.Length)
                {
                    pending = null;
                }

                continue;
            }

            if (bufferPosition == bufferLength && !Fill())
            {
                break;
            }

            var c = buffer[bufferPosition++];
            consumed++;
            var replacement = table[c];
            if (replacement is null)
            {
                cbuf[off + written++] = c;
                continue;
            }

            RecordCorrection(replacement.Length);
            if (replacement.Length == 1)
            {
                cbuf[off + written++] = replacement[0];
            }
            else if (replacement.Length > 1)
            {
                pending = replacement;
                pendingPosition = 0;
            }
        }

        return written == 0 ? -1 : written; // Lucene's readers signal the end with -1, as MappingCharFilter does
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) < 1 ? -1 : one[0];
    }

    // The same corrections MappingCharFilter records for a one-character match replaced by `length` characters.
    private void RecordCorrection(int length)
    {
        var diff = 1 - length;
        if (diff == 0)
        {
            return;
        }

        var previous = LastCumulativeDiff;
        if (diff > 0)
        {
            AddOffCorrectMap(consumed - diff - previous, previous + diff);
            return;
        }

        var outputStart = consumed - previous;
        for (var extra = 0; extra < -diff; extra++)
        {
            AddOffCorrectMap(outputStart + extra, previous - extra - 1);
        }
    }

    private bool Fill()
    {
        bufferLength = m_input.Read(buffer, 0, buffer.Length);
        bufferPosition = 0;
        if (bufferLength > 0)
        {
            return true;
        }

        bufferLength = 0;
        return false;
    }
}
