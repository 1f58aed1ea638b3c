using System.Text;

namespace SearchService.Benchmarks.Corpus;

/// <summary>Long documents made of real articles, one after another until the wanted size in UTF-8 bytes.</summary>
internal static class LongText
{
    /// <param name="sentence">When given, inserted about every 1,500 characters, between paragraphs: a long
    /// document about the queries' subject.</param>
    public static BenchDocument Make(string id, string title, IReadOnlyList<string> texts, int bytes, string? sentence = null)
    {
        var text = new StringBuilder();
        long size = 0;
        var nextSentence = 0;
        for (var i = 0; size < bytes; i++)
        {
            var start = text.Length;
            foreach (var paragraph in texts[i % texts.Count].Split('\n'))
            {
                text.Append(paragraph).Append(' ');
                if (sentence is not null && text.Length >= nextSentence)
                {
                    text.Append(sentence).Append(' ');
                    nextSentence = text.Length + 1_500;
                }
            }

            text.Append('\n');
            size += Encoding.UTF8.GetByteCount(text.ToString(start, text.Length - start));
        }

        return new BenchDocument(id, title, text.ToString(), (int)size);
    }
}
