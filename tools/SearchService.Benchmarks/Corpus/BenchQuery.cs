namespace SearchService.Benchmarks.Corpus;

/// <summary>One benchmark query and its kind (keyword, phrase or question).</summary>
internal sealed record BenchQuery(string Kind, string Text);
