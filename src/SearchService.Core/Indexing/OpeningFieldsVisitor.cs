using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace SearchService.Core.Indexing;

/// <summary>Loads a hit's stored fields up to the first piece of its text (or none of it) and stops there, so the
/// cost of loading a hit does not grow with the length of its text.</summary>
internal sealed class OpeningFieldsVisitor(bool withText) : DocumentStoredFieldVisitor
{
    private bool textRead;

    /// <summary>True when the text has more than the piece that was read.</summary>
    public bool TextContinues { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        if (fieldInfo.Name != IndexFields.Text)
        {
            return Status.YES;
        }

        // The text's pieces are the last stored fields.
        if (!withText || textRead)
        {
            TextContinues = textRead;
            return Status.STOP;
        }

        textRead = true;
        return Status.YES;
    }
}
