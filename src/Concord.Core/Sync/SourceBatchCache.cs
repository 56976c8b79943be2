using System.Security.Cryptography;
using System.Text;
using Concord.Sources;
using Concord.Store;

namespace Concord.Sync;

/// <summary>
/// Each source's parsed decisions, kept beside the database (<c>concord.duckdb.cache/source-NAME</c>) with the files
/// they were read from, so that a sync parses again only the sources whose files changed.
/// </summary>
/// <remarks>
/// Parsing is a third of a sync's CPU and depends only on the files a reader reads, the build of Concord (its readers,
/// the state registry and reference tables are in its assemblies) and nothing else. A kept batch is used when this
/// build wrote it and every file under the reader's folder has the content (SHA-256, from <see cref="SyncInputs"/>) it
/// had then: a file changed, added or removed there, another build, or a damaged file means the source is parsed
/// again. Only a sync with the built-in state registry keeps batches. Written to a temporary name and renamed.
/// </remarks>
internal sealed class SourceBatchCache(string databasePath, IReadOnlyList<(string Relative, long Length, string Sha)> dataFiles)
{
    /// <summary>Far above what the real record needs (18 MB for all sources): a larger file is not ours.</summary>
    private const long MaxBytes = 1L << 30;

    private const string Magic = "concord source batch 1";

    public static string FolderFor(string databasePath) => databasePath + ".cache";

    /// <summary>The batch kept for this reader, when its folder's files are as they were; null otherwise.</summary>
    public SourceBatch? TryLoad(SourceReader reader)
    {
        var path = PathOf(reader);
        // Only a regular file: a pipe put in its place would block the sync on its first read.
        if (!SourceFile.IsRegular(path) || new FileInfo(path).Length > MaxBytes)
        {
            return null;
        }

        try
        {
            // Read whole (a few MB): the decoder asks the stream's length at every list, which a file answers with a system call.
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path), writable: false), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != Stamp(reader))
            {
                return null;
            }

            return SourceBatchCodec.Read(r);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException or DecoderFallbackException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Keeps a batch just parsed; false when the folder cannot be written, or when the reader read a file
    /// outside its folder (whose changes the stamp would not see).</summary>
    public bool Save(SourceReader reader, SourceBatch batch)
    {
        foreach (var f in batch.Files)
        {
            if (!f.Replace('\\', '/').StartsWith(reader.Prefix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return SideFile.Write(PathOf(reader), file =>
        {
            using var w = new BinaryWriter(new BufferedStream(file, 1 << 16), Encoding.UTF8);
            w.Write(Magic);
            w.Write(Stamp(reader));
            SourceBatchCodec.Write(w, batch);
        });
    }

    private string PathOf(SourceReader reader) => Path.Combine(FolderFor(databasePath), "source-" + reader.Name);

    /// <summary>This build, this reader and the content of every file under the reader's folder.</summary>
    private string Stamp(SourceReader reader)
    {
        var text = new StringBuilder();
        text.Append(SideFile.Build).Append('\n');
        text.Append(reader.Name).Append(' ').Append(reader.Folder).Append('\n');
        foreach (var (relative, length, sha) in dataFiles)
        {
            if (relative.StartsWith(reader.Prefix, StringComparison.Ordinal))
            {
                text.Append(relative).Append(' ').Append(length).Append(' ').Append(sha).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>One source's reader, named, with the folder (relative to the data folder, '/'-separated) it reads in.</summary>
internal sealed record SourceReader(string Name, string Folder, Func<SourceBatch> Read)
{
    /// <summary>What the relative path of every file in <see cref="Folder"/> starts with.</summary>
    public string Prefix => Folder.Length == 0 ? "" : Folder + "/";
}
