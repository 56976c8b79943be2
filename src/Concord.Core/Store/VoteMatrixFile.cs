using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Store;

/// <summary>The vote matrices again in a file beside the database (<c>concord.duckdb.matrix</c>), which a command reads
/// without loading DuckDB: the bytes of the <c>vote_matrix</c> and <c>vote_matrix_columns</c> blobs, as they are.</summary>
/// <remarks>
/// The sync writes it after the new database is in place, from that database's own blobs. It names the database it
/// belongs to (schema version, the build of Concord that wrote it, the file's size and modification time); any other database (a new
/// sync, a copy, a file a DuckDB client wrote to) does not match, and the matrices are read from the database instead.
/// It is written to a temporary name and renamed, so a reader sees a whole file or none.
/// </remarks>
public static class VoteMatrixFile
{
    private const string Magic = "concord vote matrices 1";

    public static string PathFor(string databasePath) => databasePath + ".matrix";

    /// <summary>Writes the file for a database in place (opened read-only); false when the folder cannot be written.</summary>
    internal static bool Write(ConcordDatabase db) => SideFile.Write(PathFor(db.Path), file =>
    {
        using var w = new BinaryWriter(file);
        w.Write(Magic);
        w.Write(Stamp(db.Path));
        foreach (var forum in new[] { Forum.GeneralAssembly, Forum.SecurityCouncil })
        {
            var columns = Blob(db, "SELECT columns FROM vote_matrix_columns WHERE forum = $1", forum.Code());
            foreach (var merged in new[] { true, false })
            {
                using var cmd = db.Command("SELECT states, votes FROM vote_matrix WHERE forum = $1 AND merged = $2", forum.Code(), merged);
                using var r = cmd.ExecuteReader();
                if (columns is null || !r.Read())
                {
                    continue;
                }

                using var stream = r.GetStream(1);
                var votes = new byte[stream.Length];
                stream.ReadExactly(votes);
                w.Write(forum.Code());
                w.Write(merged);
                w.Write(r.GetString(0));
                w.Write(columns.Length);
                w.Write(columns);
                w.Write(votes.Length);
                w.Write(votes);
            }
        }
    });

    /// <summary>Whether the file beside the database belongs to it as it is now (and to this build of Concord).</summary>
    public static bool IsCurrentFor(string databasePath)
    {
        try
        {
            using var r = Open(databasePath);
            return r is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return false;
        }
    }

    /// <summary>One forum's matrix from the file; null when the file is missing, belongs to another database, or lacks it.</summary>
    public static VoteMatrix? TryRead(string databasePath, Forum forum, bool merged)
    {
        try
        {
            using var r = Open(databasePath);
            if (r is null)
            {
                return null;
            }

            while (r.BaseStream.Position < r.BaseStream.Length)
            {
                var code = r.ReadString();
                var isMerged = r.ReadBoolean();
                var states = r.ReadString();
                var columnsLength = r.ReadInt32();
                if (code != forum.Code() || isMerged != merged)
                {
                    r.BaseStream.Seek(columnsLength, SeekOrigin.Current);
                    r.BaseStream.Seek(r.ReadInt32(), SeekOrigin.Current);
                    continue;
                }

                var columns = MatrixColumnsCodec.Decode(r.ReadBytes(columnsLength));
                var votes = r.ReadBytes(r.ReadInt32());
                var rows = states.Length == 0 ? [] : states.Split(',').ToList();
                return votes.Length == (long)rows.Count * columns.Count ? new VoteMatrix(rows, [.. columns], votes, forum, merged) : null;
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            // A damaged file is no file: the matrix is read from the database.
            return null;
        }
    }

    /// <summary>The file positioned after its header, when it belongs to the database; else null.</summary>
    private static BinaryReader? Open(string databasePath)
    {
        var path = PathFor(databasePath);
        if (!File.Exists(path) || !File.Exists(databasePath))
        {
            return null;
        }

        var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadString() == Magic && r.ReadString() == Stamp(databasePath))
        {
            return r;
        }

        r.Dispose();
        return null;
    }

    private static string Stamp(string databasePath)
    {
        var file = new FileInfo(databasePath);
        // This build of Concord by its module id, which covers its reference tables: hashing them (SHA-256, as the
        // database's own stamp does) loads OpenSSL, about 20 ms of a command that takes 250.
        return string.Create(CultureInfo.InvariantCulture, $"{DatabaseSchema.Version}|{SideFile.Build}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
    }

    private static byte[]? Blob(ConcordDatabase db, string sql, string parameter)
    {
        using var cmd = db.Command(sql, parameter);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        using var stream = r.GetStream(0);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
