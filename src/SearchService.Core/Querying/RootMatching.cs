namespace SearchService.Core.Querying;

/// <summary>
/// Which query items may also match by root: plain optional words, the words of a pasted question. Quoted
/// phrases, <c>+word</c>, <c>word*</c> and <c>word~</c> keep their documented meaning. Shared by the query
/// builder and the highlighter, so what is marked is what was searched.
/// </summary>
internal static class RootMatching
{
    public static bool Applies(QueryGroup group, QueryItem item) =>
        group.Kind == GroupKind.Optional && item is WordItem { Prefix: false, MaxEdits: null, Scope: not FieldScope.Title };
}
