using System.Globalization;

namespace SearchService.Core.Documents;

/// <summary>
/// Reads one file of the documents folder into a <see cref="SourceDocument"/>. Every problem with the
/// file becomes a failed <see cref="DocumentReadResult"/> with a short reason; only cancellation throws.
/// Reasons never contain the absolute path: the caller knows the id.
/// </summary>
public sealed class DocumentReader(TimeSpan htmlParseBudget)
{
    /// <summary>Generous for any real page; only pathological markup gets near it.</summary>
    public static readonly TimeSpan DefaultHtmlParseBudget = TimeSpan.FromSeconds(10);

    private const int ChunkSize = 81920;

    public DocumentReader()
        : this(DefaultHtmlParseBudget)
    {
    }

    public async Task<DocumentReadResult> ReadAsync(string root, string fullPath, long maxBytes, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(fullPath);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ct.ThrowIfCancellationRequested();

        root = Path.GetFullPath(root);
        fullPath = Path.GetFullPath(fullPath);
        if (!DocumentPaths.IsInside(root, fullPath))
        {
            return DocumentReadResult.Fail(ReadFailure.OutsideFolder, "file is outside the documents folder");
        }

        var id = DocumentPaths.ToId(root, fullPath);
        string realPath;
        try
        {
            realPath = RealPath.Resolve(fullPath);
            if (!DocumentPaths.IsInside(RealPath.Resolve(root), realPath))
            {
                return DocumentReadResult.Fail(ReadFailure.OutsideFolder, "symbolic link pointing outside the documents folder");
            }
        }
        catch (IOException)
        {
            return DocumentReadResult.Fail(ReadFailure.BrokenLink, "symbolic link could not be resolved (loop or too many links)");
        }
        catch (UnauthorizedAccessException)
        {
            return DocumentReadResult.Fail(ReadFailure.PermissionDenied, "permission denied");
        }

        var info = new FileInfo(realPath);
        if (!info.Exists)
        {
            return DocumentReadResult.Fail(
                ReadFailure.Missing,
                Directory.Exists(realPath) ? "is a directory, not a file" : "file no longer exists");
        }

        // Checked before opening: a named pipe or device has no size, and opening a pipe blocks until someone
        // writes to it, which would wedge the worker. An empty regular file has nothing to index either.
        if (info.Length == 0)
        {
            return DocumentReadResult.Fail(ReadFailure.Empty, "empty file");
        }

        if (info.Length > maxBytes)
        {
            return DocumentReadResult.Fail(ReadFailure.TooLarge, $"file is larger than the limit of {maxBytes} bytes");
        }

        var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        var length = info.Length;

        byte[] bytes;
        try
        {
            var read = await ReadBytesAsync(realPath, maxBytes, ct);
            if (read is null)
            {
                // It grew past the limit between the size check and the read.
                return DocumentReadResult.Fail(ReadFailure.TooLarge, $"file is larger than the limit of {maxBytes} bytes");
            }

            bytes = read;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return DocumentReadResult.Fail(ReadFailure.Missing, "file no longer exists");
        }
        catch (UnauthorizedAccessException)
        {
            return DocumentReadResult.Fail(ReadFailure.PermissionDenied, "permission denied");
        }
        catch (IOException ex)
        {
            return DocumentReadResult.Fail(ReadFailure.IoError, "could not read the file: " + Scrub(ex.Message, fullPath, realPath));
        }

        if (bytes.Length == 0)
        {
            return DocumentReadResult.Fail(ReadFailure.Empty, "empty file");
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var decodeError))
        {
            return DocumentReadResult.Fail(ReadFailure.Encoding, decodeError!);
        }

        var parsed = await ParseAsync(Path.GetExtension(fullPath), text, ct);
        if (parsed.Document is not { } document)
        {
            return DocumentReadResult.Fail(ReadFailure.InvalidFormat, parsed.Error!);
        }

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            return DocumentReadResult.Fail(ReadFailure.Empty, "no text");
        }

        return DocumentReadResult.Ok(new SourceDocument
        {
            Id = id,
            Title = document.Title,
            Text = document.Text,
            Modified = modified,
            Length = length,
            Date = document.Date,
            Url = document.Url,
            Source = document.Source,
            Tags = document.Tags,
            Description = document.Description,
        });
    }

    private async Task<ParseResult> ParseAsync(string extension, string text, CancellationToken ct) =>
        extension.ToLowerInvariant() switch
        {
            ".txt" => ParseResult.Ok(TextFileParser.Parse(text)),
            ".md" or ".markdown" => MarkdownFileParser.Parse(text),
            ".html" or ".htm" => await ParseHtmlAsync(text, ct),
            ".json" => JsonFileParser.Parse(text),
            _ => ParseResult.Fail($"unsupported file type '{extension}'"),
        };

    private async Task<ParseResult> ParseHtmlAsync(string html, CancellationToken ct)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(htmlParseBudget);
        try
        {
            return ParseResult.Ok(await HtmlFileParser.ParseAsync(html, budget.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ParseResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"HTML took longer than {htmlParseBudget.TotalSeconds:0.###} s to parse"));
        }
    }

    /// <summary>The whole file, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBytesAsync(string path, long maxBytes, CancellationToken ct)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        };

        await using var stream = new FileStream(path, options);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int count;
        while ((count = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + count > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }

    private static string Scrub(string message, params string[] paths) =>
        paths.Aggregate(message, (m, p) => m.Replace(p, "<file>", StringComparison.Ordinal));
}
