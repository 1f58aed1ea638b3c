namespace SearchService.Core.Highlighting;

/// <summary>One occurrence of a term in a document, as the postings record it: its position (in words) and its
/// place [Start, End) in the original text.</summary>
internal readonly record struct Occurrence(int Position, int Start, int End);
