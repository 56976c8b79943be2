using System.Security.Cryptography;
using System.Text;
using Concord.Sources;
using Concord.Store;

namespace Concord.Sync;

/// <summary>
/// A fingerprint of everything a sync reads: the content of every file in the data folder and the events folder, this
/// build of Concord (its rules, curated records and reference tables are in its assemblies), the schema, the DuckDB
/// that writes, and the <c>--allow-missing</c> choice. Equal fingerprints build equal databases, so a sync that finds
/// the current database's fingerprint equal to its own has nothing to do.
/// </summary>
/// <remarks>
/// Files are compared by content (SHA-256), not by size and time, so a file copied over with the same name and length
/// still counts as changed. Every file counts, read by a source or not: a file added or removed anywhere in the folder
/// means a build. A folder holding anything but regular files (a pipe, a device) gets no fingerprint: the sync then
/// builds, and its readers refuse what they cannot read, as before; so does a folder with a linked folder in it.
/// </remarks>
public static class SyncInputs
{
    /// <summary>The fingerprint (null when the inputs cannot be vouched for: the sync then always builds) and the data
    /// folder's files (path relative to it, length, SHA-256), each hashed once for the sync: the sources' kept batches
    /// (<see cref="SourceBatchCache"/>) and the <c>sources</c> table use them.</summary>
    /// <param name="databasePath">Left out when the database lives in the data folder: it is an output, not an input.</param>
    public static (string? Fingerprint, IReadOnlyList<(string Relative, long Length, string Sha)> DataFiles) Read(string dataDir, string? eventsDir, bool allowMissing, string databasePath)
    {
        IReadOnlyList<(string, long, string)> dataFiles = [];
        var text = new StringBuilder();
        text.Append("concord sync inputs 1\n");
        text.Append("schema ").Append(DatabaseSchema.Version).Append('\n');
        text.Append("reference ").Append(ReferenceFingerprint.Current).Append('\n');
        foreach (var assembly in new[] { typeof(SyncInputs).Assembly, typeof(DuckDB.NET.Data.DuckDBConnection).Assembly })
        {
            text.Append("build ").Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }

        text.Append("allow-missing ").Append(allowMissing ? "yes" : "no").Append('\n');
        var outputs = Path.GetFullPath(databasePath);
        foreach (var (label, dir) in new[] { ("data", dataDir), ("events", eventsDir) })
        {
            if (dir is null)
            {
                continue;
            }

            var files = Files(dir, outputs);
            if (files is null)
            {
                return (null, []);
            }

            if (label == "data")
            {
                dataFiles = files;
            }

            foreach (var (relative, length, sha) in files)
            {
                text.Append(label).Append(' ').Append(relative).Append(' ').Append(length).Append(' ').Append(sha).Append('\n');
            }
        }

        return (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), dataFiles);
    }

    private static List<(string Relative, long Length, string Sha)>? Files(string dir, string outputs)
    {
        if (!Directory.Exists(dir))
        {
            return null;
        }

        var root = Path.GetFullPath(dir);
        var paths = new List<string>();
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            if (Directory.Exists(path))
            {
                // A linked folder is not walked into: what is behind it could change unseen.
                if (new DirectoryInfo(path).LinkTarget is not null)
                {
                    return null;
                }

                continue;
            }

            if (path.StartsWith(outputs, StringComparison.Ordinal))
            {
                continue;
            }

            if (!SourceFile.IsRegular(path))
            {
                return null;
            }

            paths.Add(path);
        }

        paths.Sort(StringComparer.Ordinal);
        var hashes = new (string, long, string)[paths.Count];
        try
        {
            Parallel.For(0, paths.Count, i =>
            {
                using var stream = File.OpenRead(paths[i]);
                hashes[i] = (Path.GetRelativePath(root, paths[i]).Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is IOException or UnauthorizedAccessException))
        {
            return null;
        }

        return [.. hashes];
    }
}
