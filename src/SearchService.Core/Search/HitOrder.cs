using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// The total orders hits are listed in. Equal scores are ordered by id, not by Lucene's document number, which
/// depends on the order documents were written in and on merges: two indexes of the same documents list them the
/// same way, and a cursor can say exactly where it stopped. Ids compare as Lucene's terms do (Unicode code points,
/// the same as ordinal for every id outside the supplementary planes).
/// </summary>
internal static class HitOrder
{
    /// <summary>Newest first; ties by relevance, then by id.</summary>
    public static readonly Sort NewestFirst = new(
        new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true),
        SortField.FIELD_SCORE,
        new SortField(IndexFields.Id, SortFieldType.STRING));

    /// <summary>Relevance order of two (score, id) pairs, the ids as sort values (<see cref="LazyId"/>): negative when
    /// <paramref name="aScore"/>'s comes first.</summary>
    public static int CompareByRelevance(float aScore, object aId, float bScore, object bId) =>
        aScore != bScore ? bScore.CompareTo(aScore) : LazyId.Compare(aId, bId);
}
