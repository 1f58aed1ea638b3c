namespace SearchService.Core.Querying;

/// <summary>Which fields a query item searches: both, or one named with <c>title:</c> / <c>text:</c>.</summary>
internal enum FieldScope
{
    All,
    Title,
    Text,
}

/// <summary>One thing to look for, as the user wrote it (analysis happens when the Lucene query is built).</summary>
internal abstract record QueryItem(FieldScope Scope);

/// <summary>A word; <see cref="Prefix"/> for <c>word*</c>, <see cref="MaxEdits"/> for <c>word~N</c>;
/// <see cref="Name"/> when it is a foreign name the index holds (<see cref="NameSpellings"/>).</summary>
internal sealed record WordItem(string Text, FieldScope Scope, bool Prefix = false, int? MaxEdits = null) : QueryItem(Scope)
{
    public NameReading? Name { get; init; }

    /// <summary>The name's other spellings in the index (Trump → ترامب، ترمب; ترمب → ترامب، trump).</summary>
    public IReadOnlyList<NameSpelling> Spellings => Name?.Others ?? [];
}

/// <summary>A quoted phrase; <see cref="Slop"/> from <c>"…"~N</c>.</summary>
internal sealed record PhraseItem(string Text, FieldScope Scope, int Slop = 0) : QueryItem(Scope);

internal enum GroupKind
{
    /// <summary>Plain words: documents with more of them rank higher; one is enough to be found.</summary>
    Optional,

    /// <summary>Quoted phrases and <c>+word</c>: every result contains them.</summary>
    Required,

    /// <summary><c>-word</c> and <c>-"phrase"</c>: no result contains them.</summary>
    Excluded,
}

/// <summary>Items joined by OR; a group without OR has one item.</summary>
internal sealed record QueryGroup(GroupKind Kind, IReadOnlyList<QueryItem> Alternatives);

/// <summary>The parsed form of a user's query, independent of Lucene.</summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryGroup> Groups)
{
    public IEnumerable<QueryGroup> Positive => Groups.Where(g => g.Kind != GroupKind.Excluded);
}
