using Lucene.Net.Util;

namespace SearchService.Core.Highlighting;

/// <summary>A term (one-word phrase) or a phrase that a query item searched in one field, with the item's key.</summary>
internal sealed record MarkedLeaf(int Key, string Field, IReadOnlyList<BytesRef> Terms, IReadOnlyList<int> PhrasePositions, int Slop);
