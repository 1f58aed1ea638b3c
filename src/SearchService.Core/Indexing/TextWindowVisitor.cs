using System.Text;
using Lucene.Net.Index;

namespace SearchService.Core.Indexing;

/// <summary>Reads the stored text's pieces up to the one holding a given offset, keeps that piece and the next,
/// and stops: the part of a long text where a hit's first match lies, when it is past the opening.</summary>
internal sealed class TextWindowVisitor(int offset) : StoredFieldVisitor
{
    private const int PiecesKept = 2;
    private readonly StringBuilder window = new();
    private int read;
    private int kept;

    /// <summary>Where the window begins in the whole text; -1 when the text is shorter than the offset.</summary>
    public int Start { get; private set; } = -1;

    public string Window => window.ToString();

    /// <summary>True when the text goes on after the window.</summary>
    public bool TextContinues { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        if (fieldInfo.Name != IndexFields.Text)
        {
            return Status.NO;
        }

        if (kept == PiecesKept)
        {
            TextContinues = true;
            return Status.STOP;
        }

        return Status.YES;
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        var start = read;
        read += value.Length;
        if (kept > 0 || read > offset)
        {
            Start = kept == 0 ? start : Start;
            window.Append(value);
            kept++;
        }
    }
}
