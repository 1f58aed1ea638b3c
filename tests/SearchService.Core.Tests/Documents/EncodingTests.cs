using System.Text;
using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

/// <summary>Each supported encoding, written as a real file and read back through the reader.</summary>
public sealed class EncodingTests : IDisposable
{
    private const string Title = "عنوان المقال";
    private const string Body = "الذَّكَاءُ الاصطناعيُّ يغيّر العالم، والبحث بالعربية ممكن.";
    private static readonly string Content = Title + "\n\n" + Body + "\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, byte[]> UnicodeEncodings => new()
    {
        { "utf8-no-bom", new UTF8Encoding(false).GetBytes(Content) },
        { "utf8-bom", [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(Content)] },
        { "utf16-le-bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Content)] },
        { "utf16-be-bom", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Content)] },
        { "utf32-le-bom", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Content)] },
        { "utf32-be-bom", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes(Content)] },
    };

    [Theory]
    [MemberData(nameof(UnicodeEncodings))]
    public async Task Read_UnicodeEncodedFile_DecodesTitleAndBodyExactly(string name, byte[] bytes)
    {
        _folder.Write(name + ".txt", bytes);

        var document = await _folder.ReadOkAsync(name + ".txt");

        Assert.Equal(Title, document.Title);
        Assert.Equal(Body, document.Text);
        Assert.DoesNotContain('\uFEFF', document.Title);
        Assert.Equal(bytes.Length, document.Length);
    }

    [Fact]
    public async Task Read_Windows1256File_DecodesArabicWithoutReplacementChars()
    {
        var windows1256 = CodePages.Windows1256;
        var bytes = windows1256.GetBytes(Content);
        _folder.Write("legacy.txt", bytes);

        var document = await _folder.ReadOkAsync("legacy.txt");

        Assert.Equal(Title, document.Title);
        Assert.Equal(Body, document.Text);
        Assert.DoesNotContain('\uFFFD', document.Text);
    }

    [Fact]
    public void TryDecode_Windows1256Sentence_RoundTripsToTheSameString()
    {
        const string sentence = "قرأتُ الكتابَ في المكتبةِ العامّة، ثم عدتُ إلى البيت؛ هل تأتي غداً؟";
        var bytes = CodePages.Windows1256.GetBytes(sentence);

        Assert.True(TextDecoder.TryDecode(bytes, out var text, out var error), error);
        Assert.Equal(sentence, text);
    }

    [Fact]
    public async Task Read_Windows1256Html_DecodesArabicBody()
    {
        const string html = "<html><head><meta charset=\"windows-1256\"><title>صفحة</title></head>" +
            "<body><p>مرحبا بالعالم</p></body></html>";
        _folder.Write("legacy.html", CodePages.Windows1256.GetBytes(html));

        var document = await _folder.ReadOkAsync("legacy.html");

        Assert.Equal("صفحة", document.Title);
        Assert.Equal("مرحبا بالعالم", document.Text);
    }

    [Fact]
    public async Task Read_BinaryContentWithNulBytes_FailsAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        _folder.Write("image.txt", png);

        var result = await _folder.ReadAsync("image.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("binary content (not text)", result.Error);
    }

    [Fact]
    public void TryDecode_ManyControlCharactersWithoutNul_FailsAsBinary()
    {
        byte[] bytes = [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41))];

        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Equal("binary content (not text)", error);
    }

    [Fact]
    public void TryDecode_OneStrayControlCharacterInLongText_IsStillText()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('ب', 100) + "\u001A");

        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.StartsWith("ببب", text);
    }

    [Fact]
    public async Task Read_Utf8BomFollowedByInvalidBytes_FailsWithReason()
    {
        _folder.Write("broken.txt", [0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28, 0x62]);

        var result = await _folder.ReadAsync("broken.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("invalid UTF-8 bytes", result.Error);
    }

    [Fact]
    public void TryDecode_Utf16BomWithOddTrailingByte_FailsWithReason()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("نص"), 0x41];

        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Equal("invalid UTF-16 bytes", error);
    }

    [Fact]
    public void TryDecode_InvalidUtf8WithoutBom_FallsBackTo1256InsteadOfReplacementChars()
    {
        // 0xC7 0xE1 is "ال" in Windows-1256 and an invalid UTF-8 sequence.
        byte[] bytes = [0xC7, 0xE1, 0xCF, 0xD1, 0xD3];

        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.Equal("الدرس", text);
    }
}
