namespace SearchService.Benchmarks.Corpus;

/// <summary>One line of the peers' docs JSONL. <paramref name="Utf8Bytes"/> is title + text, for MB/s.</summary>
internal sealed record BenchDocument(string Id, string Title, string Text, int Utf8Bytes);
