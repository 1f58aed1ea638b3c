using System.Globalization;
using Lucene.Net.Index;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Indexing;

/// <summary>
/// What is read from a sample of a word's documents (a name's neighbours) must not depend on how the documents fell
/// into segments, or two replicas of one folder read a name differently and answer differently. Two indexes of the
/// same 300 documents, written in opposite orders with different commits, one merged to a single segment.
/// </summary>
public sealed class OccurrenceSampleTests : IDisposable
{
    private static readonly string[] Words =
    [
        "سيارة", "شركة", "مدينة", "رئيس", "حكومة", "مطار", "قطار", "كتاب", "مدرسة", "جامعة",
        "مستشفى", "سوق", "ملعب", "فريق", "مباراة", "نادي", "لاعب", "مدرب", "هدف", "بطولة",
    ];

    private readonly ReplicaIndex forward;
    private readonly ReplicaIndex backward;

    public OccurrenceSampleTests()
    {
        // ماسك in the first 200 documents, مسك in the last 200, each beside different words in each document.
        var documents = Enumerable.Range(0, 300).Select(i => TempIndex.Document(
            $"d{i:D3}.txt",
            $"{Words[i % 20]} {Words[(i * 3 + 1) % 20]} {(i < 200 ? "ماسك" : "")} {(i >= 100 ? "مسك" : "")} {Words[(i * 7 + 2) % 20]} {Words[(i * 11 + 5) % 20]}"))
            .ToList();
        forward = new ReplicaIndex(documents, commitEvery: 20, compact: false, SearchLimits.Default);
        documents.Reverse();
        backward = new ReplicaIndex(documents, commitEvery: 7, compact: true, SearchLimits.Default);
    }

    [Fact]
    public void TheSampledDocuments_AreTheSame_WhateverTheSegmentsAndTheOrder()
    {
        Assert.NotEqual(forward.Store.SegmentCount, backward.Store.SegmentCount);

        var a = forward.Read(reader => SampledIds(reader, "ماسك"));
        var b = backward.Read(reader => SampledIds(reader, "ماسك"));

        Assert.Equal(30, a.Count);
        Assert.Equal(30, a.Distinct().Count());
        Assert.Equal(a, b);
    }

    [Fact]
    public void EachSampledOccurrence_IsTheWordInItsDocument()
    {
        forward.Read(reader =>
        {
            foreach (var (segment, doc, start, end) in OccurrenceSample.Of(reader, IndexFields.TextExact, "مسك", 10))
            {
                Assert.Equal("مسك", segment.Document(doc).Get(IndexFields.Text, CultureInfo.InvariantCulture)[start..end]);
            }

            return 0;
        });
    }

    [Fact]
    public void AWordInFewerDocumentsThanTheSample_GivesEachOfThem()
    {
        var ids = forward.Read(reader => SampledIds(reader, "ماسك", count: 500));

        Assert.Equal(200, ids.Count);
    }

    [Fact]
    public void HowAlikeTwoWordsNeighboursAre_IsTheSameOnBothReplicas()
    {
        var a = forward.Read(reader => NameSpellings.ContextSimilarity(reader, "ماسك", "مسك"));
        var b = backward.Read(reader => NameSpellings.ContextSimilarity(reader, "ماسك", "مسك"));

        Assert.True(a > 0, $"the two words share neighbours, similarity {a}");
        Assert.Equal(a, b);
    }

    private static List<string> SampledIds(IndexReader reader, string word, int count = NameSpellings.ContextSamples) =>
        [.. OccurrenceSample.Of(reader, IndexFields.TextExact, word, count).Select(o => o.Segment.Document(o.Doc).Get(IndexFields.Id, CultureInfo.InvariantCulture))];

    public void Dispose()
    {
        forward.Dispose();
        backward.Dispose();
    }
}
