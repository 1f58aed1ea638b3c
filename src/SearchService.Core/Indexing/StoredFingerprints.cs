using Lucene.Net.Index;

namespace SearchService.Core.Indexing;

/// <summary>The fingerprint of every live document, read from doc values (fast), to diff an index against its
/// folder: by the writer (a reconcile) and by a reader of the last commit (the <c>verify</c> command).</summary>
internal static class StoredFingerprints
{
    public static Dictionary<string, FileFingerprint> Read(IndexReader index)
    {
        var result = new Dictionary<string, FileFingerprint>(StringComparer.Ordinal);
        var bytes = new Lucene.Net.Util.BytesRef();
        foreach (var leaf in index.Leaves)
        {
            var reader = leaf.AtomicReader;
            var ids = reader.GetSortedDocValues(IndexFields.Id);
            var modified = reader.GetNumericDocValues(IndexFields.Modified);
            var length = reader.GetNumericDocValues(IndexFields.Length);
            if (ids is null || modified is null || length is null)
            {
                continue; // a segment with no documents left
            }

            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    ids.Get(doc, bytes);
                    result[bytes.Utf8ToString()] = new FileFingerprint(modified.Get(doc), length.Get(doc));
                }
            }
        }

        return result;
    }
}
