using System.Runtime.InteropServices;
using Concord.Domain;

namespace Concord.Sources;

/// <summary>Opens a source file for reading: a regular file only (a symbolic link is followed), within its source's size bound.</summary>
/// <remarks>
/// A named pipe blocks the open until something writes to it (a sync that hangs holding its lock), and a device such as
/// <c>/dev/zero</c> never ends: both are refused by their type before they are opened. The stream handed out also
/// stops at the bound, in case a file grows while it is read.
/// </remarks>
public static class SourceFile
{
    /// <summary>The file, checked; a missing file, a directory, a pipe or device, or a file over its bound is refused.</summary>
    public static Stream OpenRead(string dataDir, string relativePath)
    {
        var path = Check(dataDir, relativePath);
        var bound = SourceBounds.For(relativePath).MaxFileBytes;
        return new BoundedStream(File.OpenRead(path), bound, relativePath, "(file)", "the file");
    }

    /// <summary>The full path of the file after the checks of <see cref="OpenRead"/>.</summary>
    public static string Check(string dataDir, string relativePath)
    {
        var path = Path.Combine(dataDir, relativePath);
        if (Directory.Exists(path))
        {
            throw new MalformedSourceException(relativePath, 0, "(file)", $"is a directory, not a file (in {Path.GetFullPath(dataDir)})");
        }

        if (!File.Exists(path))
        {
            throw new MalformedSourceException(relativePath, 0, "(file)", $"is missing from {Path.GetFullPath(dataDir)}; the source needs it beside its other files");
        }

        if (!IsRegular(path))
        {
            throw new MalformedSourceException(relativePath, 0, "(file)", "is not a regular file (a named pipe, a device or a socket, or a link to one): only files are read");
        }

        var bound = SourceBounds.For(relativePath).MaxFileBytes;
        var length = new FileInfo(path).Length;
        if (length > bound)
        {
            throw new MalformedSourceException(relativePath, 0, "(file)", $"is {SourceBounds.Describe(length)}, over the bound of {SourceBounds.Describe(bound)} for this source (the wrong file?)");
        }

        return path;
    }

    /// <summary>True for a regular file, or a symbolic link to one; false for a directory, pipe, device or socket.</summary>
    /// <remarks>.NET reports a pipe and a device as ordinary files, so on Linux the file's type is read with stat(2).</remarks>
    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return File.Exists(path);
        }

        // struct stat: st_mode is at byte 24 on x86-64 (after st_dev, st_ino, st_nlink) and at 16 on arm64 (before st_nlink).
        var buffer = new byte[256];
        if (Stat(path, buffer) != 0)
        {
            return false;
        }

        var mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
        const uint typeMask = 0xF000, regular = 0x8000;
        return (mode & typeMask) == regular;
    }

    /// <summary>The file's inode number from stat(2) (Linux), null elsewhere or when there is no such file: a file renamed
    /// into place (as a sync does) has another inode even when its size and times match the one it replaced.</summary>
    public static ulong? Inode(string path)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return null;
        }

        // struct stat: st_ino follows the 8-byte st_dev on both x86-64 and arm64.
        var buffer = new byte[256];
        return Stat(path, buffer) == 0 ? BitConverter.ToUInt64(buffer, 8) : null;
    }

    // A DllImport, not a LibraryImport: the source-generated marshaller needs unsafe code, which the build forbids.
    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
