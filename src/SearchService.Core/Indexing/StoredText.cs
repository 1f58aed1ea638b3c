namespace SearchService.Core.Indexing;

/// <summary>
/// The original text is stored in pieces, after every other stored field, so a hit's opening can be read without
/// decompressing and decoding the whole of a multi-megabyte text (loading a 5 MB text whole takes about 60 ms).
/// </summary>
internal static class StoredText
{
    /// <summary>Characters per stored piece; the first piece is what snippets are cut from. Longer than any of the
    /// 70,272 news articles of the corpus (the longest has 33,676 characters).</summary>
    public const int PieceLength = 65_536;

    public static IEnumerable<string> Split(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + PieceLength);
            if (end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end--; // never split a surrogate pair: each piece is encoded as UTF-8 on its own
            }

            yield return text[start..end];
            start = end;
        }
    }
}
