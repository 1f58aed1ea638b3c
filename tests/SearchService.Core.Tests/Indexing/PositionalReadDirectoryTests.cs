using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Indexing;

/// <summary>
/// The positional-read directory must read exactly what Lucene wrote: whole files and compound-file slices, from
/// many threads at once (the reason it exists), through merges.
/// </summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "searchservice-core-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ConcurrentSearches_FindWhatWasWritten_InCompoundAndPlainSegments(bool compound)
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { UseCompoundFile = compound };
        config.MergePolicy.NoCFSRatio = compound ? 1.0 : 0.0;
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 3_000; i++)
            {
                writer.AddDocument([
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("body", $"a{i % 7} b{i % 11} common {new string('x', i % 300)}", Field.Store.YES),
                ]);
                if (i % 500 == 499)
                {
                    writer.Commit(); // several segments
                }
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1);
        var searcher = new IndexSearcher(reader);
        var failures = 0;
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var hits = searcher.Search(new TermQuery(new Term("body", $"a{n % 7}")), 5_000);
            var ids = hits.ScoreDocs.Select(d => int.Parse(searcher.Doc(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (hits.TotalHits != Enumerable.Range(0, 3_000).Count(i => i % 7 == n % 7) || ids.Any(i => i % 7 != n % 7))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void ForceMerge_ReadsEverySegmentBack()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        for (var i = 0; i < 2_000; i++)
        {
            writer.AddDocument([new TextField("body", i % 2 == 0 ? "even number" : "odd number", Field.Store.YES)]);
            if (i % 400 == 399)
            {
                writer.Commit();
            }
        }

        writer.ForceMerge(1);
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        Assert.Equal(1_000, new IndexSearcher(reader).Search(new TermQuery(new Term("body", "even")), 1).TotalHits);
    }

    [Fact]
    public void ReadingPastTheEnd_Throws()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        using (var output = directory.CreateOutput("f", IOContext.DEFAULT))
        {
            output.WriteBytes(new byte[10], 10);
        }

        using var input = directory.OpenInput("f", IOContext.DEFAULT);
        input.Seek(8);
        Assert.ThrowsAny<IOException>(() => input.ReadBytes(new byte[4], 0, 4));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
