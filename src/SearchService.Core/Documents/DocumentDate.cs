using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>
/// A document's own date, read in the forms real feeds write it: ISO 8601 with or without time and offset
/// (<c>2017-05-05T15:39:00+01:00</c>, <c>2017-01-22T193400</c>), <c>2015-07-21 02:45:52</c>, RFC 1123/2822
/// (<c>Sun, 18 Feb 2018 21:35:43 +0400</c>), and dates alone (<c>2024-03-15</c>, <c>09/11/2016</c>, day first as
/// Arabic news write it), or Unix seconds. A time without an offset is taken as UTC. Anything else is not a date:
/// the document is then dated by its file, and says so.
/// </summary>
public static partial class DocumentDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HHmmssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "ddd, d MMM yyyy HH:mm:ss",
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "d MMMM yyyy", "MMMM d, yyyy",
    ];

    // Dates outside these years are typos or placeholders (0001-01-01), not publication dates.
    private const int FirstYear = 1800;
    private const int LastYear = 2200;

    /// <summary>Where a document's date comes from: its own metadata.</summary>
    public const string FromDocument = "document";

    /// <summary>Where a document's date comes from: its file's modification time (it gives none, or none readable).</summary>
    public const string FromFile = "file";

    /// <summary>The date a document goes by: its own when readable, else its file's, and which of the two it is.</summary>
    public static (DateTimeOffset Date, string Source) Of(SourceDocument document) =>
        Parse(document.Date) is { } own ? (own, FromDocument) : (document.Modified, FromFile);

    /// <summary>The date, or null when <paramref name="text"/> is missing or in no form above.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = Normalise(text.Trim());
        if (DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            || (UnixSeconds().IsMatch(value) && TryUnix(value, out date)))
        {
            return date.Year is >= FirstYear and <= LastYear ? date : null;
        }

        return null;
    }

    // RFC 2822 writes the offset as +0400 and may name the zone (GMT, UT); .NET's zzz wants +04:00.
    private static string Normalise(string value)
    {
        value = ZoneName().Replace(value, " +00:00");
        return CompactOffset().Replace(value, "$1$2:$3");
    }

    private static bool TryUnix(string value, out DateTimeOffset date)
    {
        date = default;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        date = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    [GeneratedRegex(@"\s(?:GMT|UTC|UT)$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"(\s)([+-]\d\d)(\d\d)$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"^\d{9,10}$")]
    private static partial Regex UnixSeconds();
}
