using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// Where a page of results ended: the last hit's place in the order (its score, date and id), the searcher it was
/// read from (kept for a while, see <see cref="PinnedSearchers"/>), and how far the proximity bonus reached. Written
/// as an opaque, URL-safe, versioned string that also carries a hash of the query, filters and sort it belongs to.
/// </summary>
public sealed record SearchCursor
{
    private const byte Version = 1;

    // Longer strings are not cursors: an id is a path, well under this.
    private const int MaxEncodedLength = 8_192;

    internal ulong Search { get; init; }

    internal SearcherPin? Pin { get; init; }

    /// <summary>How many of the best hits by the words alone got the proximity bonus; 0 without one.</summary>
    internal int RescoreDepth { get; init; }

    /// <summary>The last hit was one of those (its score includes the bonus).</summary>
    internal bool Rescored { get; init; }

    internal float Score { get; init; }

    internal long Published { get; init; }

    internal string Id { get; init; } = string.Empty;

    public string Encode()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(Search);
            writer.Write(Pin is not null);
            writer.Write(Pin?.Instance ?? 0);
            writer.Write(Pin?.Sequence ?? 0);
            writer.Write(RescoreDepth);
            writer.Write(Rescored);
            writer.Write(Score);
            writer.Write(Published);
            writer.Write(Id);
        }

        return Base64Url.EncodeToString(bytes.ToArray());
    }

    /// <summary>Reads a cursor made for <paramref name="request"/>'s query, filters and sort.</summary>
    public static CursorReading TryDecode(string text, SearchRequest request, out SearchCursor? cursor)
    {
        cursor = null;
        byte[] bytes;
        try
        {
            bytes = text.Length <= MaxEncodedLength ? Base64Url.DecodeFromChars(text) : [];
        }
        catch (FormatException)
        {
            return CursorReading.Garbled;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), new UTF8Encoding(false, true));
            if (reader.ReadByte() != Version)
            {
                return CursorReading.Garbled;
            }

            var read = new SearchCursor
            {
                Search = reader.ReadUInt64(),
                Pin = (reader.ReadBoolean(), reader.ReadInt64(), reader.ReadInt64()) is (true, var instance, var sequence) ? new SearcherPin(instance, sequence) : null,
                RescoreDepth = reader.ReadInt32(),
                Rescored = reader.ReadBoolean(),
                Score = reader.ReadSingle(),
                Published = reader.ReadInt64(),
                Id = reader.ReadString(),
            };
            if (reader.BaseStream.Position != bytes.Length || read.RescoreDepth < 0)
            {
                return CursorReading.Garbled;
            }

            if (read.Search != Hash(request))
            {
                return CursorReading.OtherSearch;
            }

            cursor = read;
            return CursorReading.Read;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException)
        {
            return CursorReading.Garbled;
        }
    }

    /// <summary>The query, filters and sort a cursor belongs to, hashed (filter values as they are matched).</summary>
    internal static ulong Hash(SearchRequest request)
    {
        var f = request.Filters;
        var text = string.Join('\u001e',
            request.Query,
            f.From?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            f.To?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            string.Join('\u001f', f.Sources.Select(IndexFields.FilterKey).Distinct().Order(StringComparer.Ordinal)),
            string.Join('\u001f', f.Tags.Select(IndexFields.FilterKey).Distinct().Order(StringComparer.Ordinal)),
            request.Sort.ToString());
        return BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

public enum CursorReading
{
    Read,

    /// <summary>Not a cursor this service wrote (cut short, altered, or from another version).</summary>
    Garbled,

    /// <summary>A cursor of another query, other filters or another sort.</summary>
    OtherSearch,
}
