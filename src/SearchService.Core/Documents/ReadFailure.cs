namespace SearchService.Core.Documents;

/// <summary>Why a file could not be read into a document, as one of a few kinds: the reason text names the details
/// (sizes, positions), the kind is what failures are counted by.</summary>
public enum ReadFailure
{
    None,

    /// <summary>Outside the documents folder, or a symbolic link leading out of it.</summary>
    OutsideFolder,

    /// <summary>A symbolic link that cannot be resolved (a loop, too many links).</summary>
    BrokenLink,

    PermissionDenied,

    /// <summary>Gone between being listed and being read, or not a file.</summary>
    Missing,

    /// <summary>An empty file, or one whose markup holds no text.</summary>
    Empty,

    TooLarge,

    /// <summary>The operating system failed to read it.</summary>
    IoError,

    /// <summary>Bytes that are not text in a supported encoding.</summary>
    Encoding,

    /// <summary>Not valid in its format (JSON, front matter, HTML past its time budget, an unsupported type).</summary>
    InvalidFormat,
}
