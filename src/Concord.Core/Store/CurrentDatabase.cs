using System.Globalization;
using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>What the file a sync is about to replace holds: nothing, a Concord database (and which source files it was
/// built from), or something else, which a sync refuses to overwrite.</summary>
/// <remarks>
/// A file that is not a DuckDB database (a text file given as <c>--db</c> by mistake) or a DuckDB database without
/// Concord's <c>meta</c> table is someone's data: it is never replaced. A DuckDB file that no longer opens is treated as
/// a damaged Concord database, since rebuilding it is what the user is told to do (<c>concord data sync</c>); an empty
/// file holds nothing to lose.
/// </remarks>
public sealed class CurrentDatabase
{
    private CurrentDatabase(IReadOnlyList<HeldFile> files, long referenceRows)
    {
        Files = files;
        ReferenceRows = referenceRows;
    }

    /// <summary>A source file the current database was built from, with the rows its source gave.</summary>
    public sealed record HeldFile(string Source, string File, long Rows);

    /// <summary>No database yet (or one that holds nothing that can be read).</summary>
    public static CurrentDatabase None { get; } = new([], 0);

    public IReadOnlyList<HeldFile> Files { get; }

    /// <summary>Rows of the reference ideal points (0 when none).</summary>
    public long ReferenceRows { get; }

    /// <summary>Reads what <paramref name="path"/> holds; refuses a path that is not a Concord database.</summary>
    public static CurrentDatabase Inspect(string path)
    {
        if (Directory.Exists(path))
        {
            throw new SyncRefusedException($"{path} is a directory, not a database file. Give a file path (--db FILE or CONCORD_DB).");
        }

        if (!File.Exists(path))
        {
            return None;
        }

        if (!Sources.SourceFile.IsRegular(path))
        {
            throw new SyncRefusedException($"{path} is not a regular file (a device, pipe or socket); Concord will not write over it. Give another --db path.");
        }

        if (new FileInfo(path).Length == 0)
        {
            return None;
        }

        if (!HasDuckDbHeader(path))
        {
            throw new SyncRefusedException($"{path} is not a Concord database (it is not a DuckDB file); Concord will not overwrite it. Give another --db path, or move the file away.");
        }

        DuckDBConnection connection;
        try
        {
            connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
            connection.Open();
        }
        catch (DuckDBException)
        {
            // A damaged database: the sync replaces it, which is the repair the user was told to make.
            return None;
        }

        using (connection)
        {
            if (!Equals(Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"), 1L)
                || Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version'") is null)
            {
                throw new SyncRefusedException($"{path} is a DuckDB database but not a Concord one (it has no Concord meta table); Concord will not overwrite it. Give another --db path, or move the file away.");
            }

            return new CurrentDatabase(ReadFiles(connection), ReadReferenceRows(connection));
        }
    }

    /// <summary>DuckDB writes <c>DUCK</c> at byte 8 of every database file.</summary>
    private static bool HasDuckDbHeader(string path)
    {
        Span<byte> head = stackalloc byte[12];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head[8..12].SequenceEqual("DUCK"u8);
    }

    private static List<HeldFile> ReadFiles(DuckDBConnection connection)
    {
        var files = new List<HeldFile>();
        try
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT label, file, rows_read FROM sources ORDER BY file";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                files.Add(new HeldFile(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? 0 : r.GetInt64(2)));
            }
        }
        catch (DuckDBException)
        {
            // An older schema without the sources table: nothing to compare against.
        }

        return files;
    }

    private static long ReadReferenceRows(DuckDBConnection connection)
    {
        try
        {
            return Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM ideal_points_reference"), CultureInfo.InvariantCulture);
        }
        catch (DuckDBException)
        {
            return 0;
        }
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }
}
