using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchService.Core.Indexing;

/// <summary>
/// An <see cref="FSDirectory"/> whose inputs read with one positional read (<c>pread</c>) per buffer refill.
/// Lucene.Net's <see cref="NIOFSDirectory"/> emulates Java's positional reads on a shared <see cref="FileStream"/>:
/// every refill takes a lock per file, asks the file's length (<c>fstat</c>), seeks and reads through the stream's
/// own buffer, so concurrent searches queue on each file and most of a query's time went to those system calls.
/// <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/> is thread-safe and keeps no position, which
/// is what the Java original relies on. (<see cref="MMapDirectory"/> is not an option: it has crashed processes
/// under concurrent search in Lucene.Net 4.8.) Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <summary>Search reads small blocks at scattered places: a page-sized buffer halves the refills of Lucene's
    /// 1 KB default without copying much that is not used.</summary>
    public const int SearchBufferSize = 4096;

    /// <summary>Merges read whole files in order.</summary>
    public const int MergeBufferSize = 64 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var handle = OpenHandle(name);
        try
        {
            return new PositionalReadInput(Describe(name), handle, 0, RandomAccess.GetLength(handle), BufferSize(context), ownsHandle: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Describe(name), OpenHandle(name), BufferSize(context));
    }

    private static int BufferSize(IOContext context) =>
        context.Context == IOContext.UsageContext.MERGE ? MergeBufferSize : SearchBufferSize;

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private string Describe(string name) => $"PositionalReadInput(path=\"{Path.Combine(Directory.FullName, name)}\")";

    /// <summary>Slices of a compound file, all reading through the one handle the slicer owns.</summary>
    private sealed class Slicer(string description, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadInput($"{description} slice {sliceDescription} {offset}:{offset + length}", handle, offset, length, bufferSize, ownsHandle: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>Reads [start, start + length) of a file. Clones share the handle; only the original closes it.</summary>
    private sealed class PositionalReadInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool isClone;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var target = b.AsSpan(offset, count);
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(handle, target, start + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this}");
                }

                target = target[read..];
                position += read;
            }
        }

        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsHandle && !isClone)
            {
                handle.Dispose();
            }
        }
    }
}
