using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchService.Evaluation;

/// <summary>
/// The reference point of issue 4: stock <see cref="ArabicAnalyzer"/> (default stopwords), BM25 defaults
/// (k1 = 1.2, b = 0.75), one field holding title + "\n" + text, and the query an OR of the analysed terms
/// (no query parser). Deliberately shares nothing with the service's engine.
/// </summary>
internal sealed class StockLuceneBaseline : IDisposable
{
    private const string IdField = "id";
    private const string BodyField = "body";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly ArabicAnalyzer analyzer = new(Version);
    private readonly NIOFSDirectory directory;
    private readonly IndexWriter writer;
    private DirectoryReader? reader;
    private IndexSearcher? searcher;

    public StockLuceneBaseline(string indexPath)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        directory = new NIOFSDirectory(new DirectoryInfo(indexPath));
        writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            MergeScheduler = new SerialMergeScheduler(), // merges in a fixed order: the same index every run
        });
    }

    public int DocumentCount => reader?.NumDocs ?? 0;

    public void Index(IReadOnlyList<CorpusDocument> documents)
    {
        // Sequential, like ours: a stable document order keeps tie-breaking, and so the numbers, reproducible.
        foreach (var d in documents)
        {
            writer.AddDocument(new Document
            {
                new StringField(IdField, d.Id, Field.Store.YES),
                new TextField(BodyField, d.Title + "\n" + d.Text, Field.Store.NO),
            });
        }

        writer.Commit();
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public RankedList Search(string query, int depth)
    {
        if (searcher is null)
        {
            throw new InvalidOperationException("Index the documents first.");
        }

        var terms = AnalyzedTerms(query);
        if (terms.Count == 0)
        {
            return RankedList.Empty;
        }

        var or = new BooleanQuery();
        foreach (var term in terms)
        {
            or.Add(new TermQuery(new Term(BodyField, term)), Occur.SHOULD);
        }

        var fields = new HashSet<string> { IdField };
        var top = searcher.Search(or, depth);
        var ids = top.ScoreDocs.Select(d => searcher.Doc(d.Doc, fields).Get(IdField, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new RankedList(ids, [], false);
    }

    public void Dispose()
    {
        reader?.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    private List<string> AnalyzedTerms(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
