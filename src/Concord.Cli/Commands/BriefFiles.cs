using System.Text;
using Concord.Reports.Brief;

namespace Concord.Cli.Commands;

/// <summary>
/// Where a brief is written, guarded as an output: the target is checked before the brief is computed, nothing Concord
/// did not write is replaced (the database and its side files, a file that is not a brief, anything through a symbolic
/// link), and every file is written to a temporary file beside its target and renamed into place only when all are
/// written, so that a full disk leaves the previous brief whole.
/// </summary>
internal static class BriefFiles
{
    /// <summary>Refuses a target the brief must not replace; returns whether a brief is already there.</summary>
    public static bool CheckTarget(string path, string databasePath)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserFacingException("--out is empty; give the file to write the brief to.");
        }

        var full = Path.GetFullPath(path);
        var db = Path.GetFullPath(databasePath);
        if (full.StartsWith(db, StringComparison.Ordinal))
        {
            throw new UserFacingException($"--out {path} is the database or one of its side files; choose another file for the brief.");
        }

        if (Directory.Exists(full))
        {
            throw new UserFacingException($"--out {path} is a folder; give a file name (for example {Path.Combine(path, "brief.html")}).");
        }

        if (IsLink(full))
        {
            throw new UserFacingException($"--out {path} is a symbolic link; the brief is not written through links.");
        }

        if (!File.Exists(full))
        {
            return false;
        }

        if (!Sources.SourceFile.IsRegular(full))
        {
            throw new UserFacingException($"--out {path} is not a regular file (a pipe, a device or a socket); the brief is written to files only.");
        }

        if (!IsBrief(full))
        {
            throw new UserFacingException($"--out {path} exists and is not a brief Concord wrote; it is left as it is (remove it or choose another name).");
        }

        return true;
    }

    /// <summary>Writes the brief (and, for Markdown, its images beside it) all or nothing; returns every file written.</summary>
    public static IReadOnlyList<string> Write(string path, string text, IReadOnlyList<(string Name, Action<string> Write)> images, bool replacingBrief)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        foreach (var (name, _) in images)
        {
            var target = Path.Combine(dir, name);
            if (IsLink(target) || Directory.Exists(target) || (File.Exists(target) && !Sources.SourceFile.IsRegular(target)))
            {
                throw new UserFacingException($"{target} is a symbolic link, a folder or not a regular file; the brief's image is not written there.");
            }

            if (File.Exists(target) && !replacingBrief)
            {
                throw new UserFacingException($"{target} exists and was not written with a brief at {path}; it is left as it is (remove it or choose another name).");
            }
        }

        var pending = new List<(string Temp, string Target)>();
        try
        {
            var temp = TempBeside(full);
            pending.Add((temp, full));
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            foreach (var (name, write) in images)
            {
                var target = Path.Combine(dir, name);
                var t = TempBeside(target);
                pending.Add((t, target));
                write(t);
            }

            // Images first, the brief last: a reader never opens a brief whose images are not there yet.
            foreach (var (t, target) in pending.Skip(1).Append(pending[0]))
            {
                File.Move(t, target, overwrite: true);
            }
        }
        catch
        {
            foreach (var (t, _) in pending)
            {
                try
                {
                    File.Delete(t);
                }
                catch (IOException)
                {
                    // Best effort: a temporary file that cannot be removed is named as one (".name.tmp-...").
                }
            }

            throw;
        }

        return [.. pending.Select(p => p.Target)];
    }

    private static string TempBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Whether a file carries the brief's mark near its start (HTML) or at its end (Markdown).</summary>
    private static bool IsBrief(string path)
    {
        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.None });
        if (!stream.CanSeek)
        {
            return false;
        }

        var head = new byte[Math.Min(4096, stream.Length)];
        stream.ReadExactly(head);
        var tail = new byte[Math.Min(256, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        return Encoding.UTF8.GetString(head).Contains(BriefDocument.Mark, StringComparison.Ordinal) || Encoding.UTF8.GetString(tail).Contains(BriefDocument.Mark, StringComparison.Ordinal);
    }
}
