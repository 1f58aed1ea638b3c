using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchService.Core.Search;

/// <summary>
/// A hit's id as a sort value, read from the segment's id column only when it is needed: most hits are placed by
/// score alone, and reading an id costs a seek in the compressed column (a query keeping its best 100 hits read
/// several hundred of them, a third of its time). Two ids of one segment compare by ordinal, without reading either.
/// Used by one request on one thread, as the column it reads from is.
/// </summary>
internal sealed class LazyId(SortedDocValues ids, int ord)
{
    private readonly SortedDocValues ids = ids;
    private readonly int ord = ord;
    private BytesRef? value;

    public BytesRef Value
    {
        get
        {
            if (value is null)
            {
                var bytes = new BytesRef();
                ids.LookupOrd(ord, bytes);
                value = BytesRef.DeepCopyOf(bytes);
            }

            return value;
        }
    }

    /// <summary>The id in a sort value: a <see cref="BytesRef"/> (as Lucene's field collector gives it) or a lazy one.</summary>
    public static BytesRef Of(object field) => field is LazyId lazy ? lazy.Value : (BytesRef)field;

    /// <summary>Ids in Lucene's term order; by ordinal when both come from the same segment's column.</summary>
    public static int Compare(object a, object b) =>
        a is LazyId x && b is LazyId y && ReferenceEquals(x.ids, y.ids) ? x.ord.CompareTo(y.ord) : Of(a).CompareTo(Of(b));
}
