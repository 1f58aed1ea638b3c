namespace SearchService.CrashHarness;

/// <summary>One news article from the shared corpus.</summary>
internal sealed record Article(string Title, string Text);
