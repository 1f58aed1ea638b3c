using System.Diagnostics;

namespace SearchService.Tests.FileSystems;

/// <summary>A small tmpfs mounted for one test (linked into the Core and Api test projects), to fill a real file system to ENOSPC. Needs root (CI runs as root);
/// <see cref="TryMount"/> says why when it cannot.</summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount? TryMount(int megabytes, out string why)
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            why = "mounting a tmpfs needs root on Linux (CI runs the tests as root)";
            return null;
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchservice-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            why = $"mount -t tmpfs was refused: {error}";
            return null;
        }

        why = string.Empty;
        return new TmpfsMount(path);
    }

    /// <summary>Writes a file until the file system is full (ENOSPC); deleting it frees the space again.</summary>
    public string Fill(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        var chunk = new byte[4096];
        long offset = 0;
        try
        {
            while (true)
            {
                RandomAccess.Write(handle, chunk, offset); // unbuffered: the failure comes here, not at dispose
                offset += chunk.Length;
            }
        }
        catch (IOException)
        {
            return path; // full
        }
    }

    public void Dispose()
    {
        if (Run("umount", Path).Code != 0)
        {
            Run("umount", "-l", Path); // still busy: detach now, freed once the last handle closes
        }

        Directory.Delete(Path, recursive: true);
    }

    private static (int Code, string Error) Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Trim());
    }
}
