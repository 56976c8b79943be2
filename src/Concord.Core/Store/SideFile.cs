namespace Concord.Store;

/// <summary>A file Concord keeps beside the database (the vote matrices, the ideal-point fit, what a sync may reuse),
/// written whole or not at all, and naming the build that wrote it.</summary>
internal static class SideFile
{
    /// <summary>This build of Concord.Core: a side file another build wrote is not read (its format or its content may differ).</summary>
    public static string Build { get; } = typeof(SideFile).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Writes to a temporary name beside <paramref name="path"/> and renames it over, so a reader sees a whole
    /// file or none; false, with nothing left behind, when the folder cannot be written.</summary>
    public static bool Write(string path, Action<Stream> write)
    {
        var temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = File.Create(temp))
            {
                write(stream);
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // The folder refused the file; it refuses its removal too, and there is nothing to remove.
            }

            return false;
        }
    }
}
