using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>Maps a <see cref="SourceDocument"/> to Lucene fields and back. Lucene types stay in Indexing.</summary>
internal static class DocumentMapper
{
    // Roots are only ever searched one word at a time, so positions (a third of a text field's size) are left out.
    private static readonly FieldType RootFieldType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    public static Document ToLucene(SourceDocument source)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, source.Id, Field.Store.YES),
            new TextField(IndexFields.Title, source.Title, Field.Store.YES),
            new TextField(IndexFields.TitleExact, source.Title, Field.Store.NO),
            new TextField(IndexFields.Text, source.Text, Field.Store.YES),
            new TextField(IndexFields.TextExact, source.Text, Field.Store.NO),
            new Field(IndexFields.TextRoot, source.Text, RootFieldType),
            new StoredField(IndexFields.Modified, source.Modified.UtcTicks),
            new StoredField(IndexFields.Length, source.Length),

            // Column copies of the fingerprint: a reconcile reads them for every document without
            // decompressing stored text.
            new SortedDocValuesField(IndexFields.Id, new BytesRef(source.Id)),
            new NumericDocValuesField(IndexFields.Modified, source.Modified.UtcTicks),
            new NumericDocValuesField(IndexFields.Length, source.Length),
        };
        AddOptional(doc, IndexFields.Date, source.Date);
        AddOptional(doc, IndexFields.Url, source.Url);
        AddOptional(doc, IndexFields.Source, source.Source);
        AddOptional(doc, IndexFields.Description, source.Description);
        foreach (var tag in source.Tags)
        {
            doc.Add(new StoredField(IndexFields.Tags, tag));
        }

        return doc;
    }

    public static SourceDocument FromLucene(Document doc) => new()
    {
        Id = doc.Get(IndexFields.Id),
        Title = doc.Get(IndexFields.Title) ?? string.Empty,
        Text = doc.Get(IndexFields.Text) ?? string.Empty,
        Modified = new DateTimeOffset(doc.GetField(IndexFields.Modified)?.GetInt64Value() ?? 0, TimeSpan.Zero),
        Length = doc.GetField(IndexFields.Length)?.GetInt64Value() ?? 0,
        Date = doc.Get(IndexFields.Date),
        Url = doc.Get(IndexFields.Url),
        Source = doc.Get(IndexFields.Source),
        Description = doc.Get(IndexFields.Description),
        Tags = doc.GetValues(IndexFields.Tags) ?? [],
    };

    private static void AddOptional(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }
}
