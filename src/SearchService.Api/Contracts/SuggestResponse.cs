namespace SearchService.Api.Contracts;

/// <summary>The wire shape of <c>GET /api/suggest</c>.</summary>
/// <param name="Words">The typed text with its last word completed, most frequent word first.</param>
/// <param name="Titles">Documents whose title starts with the typed text.</param>
public sealed record SuggestResponse(string Query, IReadOnlyList<SuggestedWordResponse> Words, IReadOnlyList<SuggestedTitleResponse> Titles);

/// <param name="Count">How many documents hold the completed word.</param>
public sealed record SuggestedWordResponse(string Text, int Count);

public sealed record SuggestedTitleResponse(string Id, string Title);
