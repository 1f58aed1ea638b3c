using System.Text;

namespace SearchService.Core.Documents;

/// <summary>
/// Turns file bytes into text: a byte order mark wins, then strict UTF-8, then Windows-1256 (the usual
/// legacy Arabic code page). Bytes that look binary are refused rather than indexed as noise.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Above this share of control characters the content is treated as binary.</summary>
    private const double MaxControlShare = 0.05;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, true);
    private static readonly Encoding StrictUtf32Le = new UTF32Encoding(false, false, true);
    private static readonly Encoding StrictUtf32Be = new UTF32Encoding(true, false, true);

    // Static initialisation is thread-safe, so the provider is registered exactly once before first use.
    private static readonly Encoding Windows1256 = CreateWindows1256();

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = string.Empty;
        error = null;

        var (encoding, bomLength, name) = DetectBom(bytes);
        var body = bytes[bomLength..];

        if (encoding is null && body.Contains((byte)0))
        {
            error = "binary content (not text)";
            return false;
        }

        string decoded;
        try
        {
            decoded = (encoding ?? StrictUtf8).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            if (encoding is not null)
            {
                // The file announced its encoding with a BOM and then broke it: corrupt, not legacy.
                error = $"invalid {name} bytes";
                return false;
            }

            // Windows-1256 maps all 256 byte values, so this never produces replacement characters.
            decoded = Windows1256.GetString(body);
        }

        if (LooksBinary(decoded))
        {
            error = "binary content (not text)";
            return false;
        }

        text = decoded;
        return true;
    }

    private static (Encoding? Encoding, int BomLength, string Name) DetectBom(ReadOnlySpan<byte> b)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with FF FE too.
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (StrictUtf32Le, 4, "UTF-32");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (StrictUtf32Be, 4, "UTF-32");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3, "UTF-8");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (StrictUtf16Le, 2, "UTF-16");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (StrictUtf16Be, 2, "UTF-16");
        }

        return (null, 0, "UTF-8");
    }

    private static bool LooksBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')))
            {
                controls++;
            }
        }

        return controls > 0 && (double)controls / text.Length > MaxControlShare;
    }

    private static Encoding CreateWindows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }
}
