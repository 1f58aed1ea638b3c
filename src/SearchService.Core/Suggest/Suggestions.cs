namespace SearchService.Core.Suggest;

/// <summary>What the search box offers for a typed text: completed words and titles.</summary>
public sealed record Suggestions(IReadOnlyList<WordCompletion> Words, IReadOnlyList<TitleCompletion> Titles)
{
    public static Suggestions None { get; } = new([], []);
}

/// <summary>The typed text with its last word completed, and how many documents hold that word.</summary>
public sealed record WordCompletion(string Text, int Count);

/// <summary>A document whose title starts with the typed text.</summary>
public sealed record TitleCompletion(string Id, string Title);
