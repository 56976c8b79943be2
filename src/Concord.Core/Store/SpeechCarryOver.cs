using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>
/// Starts a new database from a copy of the current one with only its speech tables left, when the corpus did not
/// change: the record tables are then written into it as into an empty file.
/// </summary>
/// <remarks>
/// Copying the speech tables row by row (<see cref="SpeechStore.CopyFrom"/>) recompresses 32 million words of text and
/// took a third of a sync whose corpus had not changed (6.4 s of 18.5 s at load 6). A file copy moves the same pages as
/// they are. The copy is taken only from a database of this schema version, written by this DuckDB and with no
/// write-ahead log beside it; anything else is built from an empty file as before. The record tables' pages freed by
/// the drops are reused by the tables written next, so the file does not grow from one sync to the next.
/// </remarks>
public static class SpeechCarryOver
{
    /// <summary>Copies <paramref name="current"/> to <paramref name="target"/> and drops everything but the speech tables.
    /// False, with nothing left at <paramref name="target"/>, when the current database cannot be carried over.</summary>
    public static bool TryStartFrom(string current, string target)
    {
        if (!File.Exists(current) || File.Exists(current + ".wal") || !IsCarriable(current))
        {
            return false;
        }

        try
        {
            File.Copy(current, target, overwrite: true);
            using var connection = new DuckDBConnection($"Data Source={target}");
            connection.Open();
            foreach (var view in Names(connection, "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"))
            {
                Execute(connection, $"DROP VIEW \"{view}\"");
            }

            var keep = new HashSet<string>(SpeechStore.Tables, StringComparer.Ordinal);
            foreach (var table in Names(connection, "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main'"))
            {
                if (!keep.Contains(table))
                {
                    Execute(connection, $"DROP TABLE \"{table}\"");
                }
            }

            Execute(connection, "CHECKPOINT");
            return true;
        }
        catch (Exception e) when (e is DuckDBException or IOException or UnauthorizedAccessException)
        {
            Delete(target);
            return false;
        }
    }

    /// <summary>Whether the file is a database of this schema, written by the DuckDB running now, holding every speech table.</summary>
    private static bool IsCarriable(string path)
    {
        try
        {
            using var db = ConcordDatabase.OpenReadOnly(path);
            using var cmd = db.Command("""
                SELECT (SELECT value FROM meta WHERE key = 'schema_version') = $schema
                   AND (SELECT value FROM meta WHERE key = 'duckdb_version') = version()
                   AND (SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND list_contains($tables, table_name)) = len($tables)
                """);
            cmd.Parameters.Add(new DuckDBParameter("schema", DatabaseSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            cmd.Parameters.Add(new DuckDBParameter("tables", SpeechStore.Tables.ToList()));
            return cmd.ExecuteScalar() is true;
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    private static List<string> Names(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read())
        {
            names.Add(r.GetString(0));
        }

        return names;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Delete(string path)
    {
        foreach (var p in new[] { path, path + ".wal" })
        {
            if (File.Exists(p))
            {
                File.Delete(p);
            }
        }
    }
}
