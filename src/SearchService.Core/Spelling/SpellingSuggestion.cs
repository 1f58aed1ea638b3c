namespace SearchService.Core.Spelling;

/// <summary>
/// "Did you mean": the query as the reader typed it with its misspelt words corrected (attached letters,
/// punctuation and syntax kept), and the same text as parts so a client can show which words changed.
/// </summary>
public sealed record SpellingSuggestion(string Query, IReadOnlyList<SuggestionPart> Parts);

/// <summary>A piece of the suggested query; <see cref="Corrected"/> when it differs from what was typed.</summary>
public sealed record SuggestionPart(string Text, bool Corrected);
