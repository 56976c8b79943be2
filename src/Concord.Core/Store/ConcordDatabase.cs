using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>An open Concord database. Queries take it; only <see cref="Sync.RecordBuilder"/> writes one.</summary>
public sealed class ConcordDatabase : IDisposable
{
    private ConcordDatabase(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public string Path { get; }

    internal DuckDBConnection Connection { get; }

    /// <summary>Opens an existing database read-only, so that a server or a second command never changes it.</summary>
    public static ConcordDatabase OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Concord database at {path}. Run 'concord data sync' to build it.", path);
        }

        if (Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path} is a directory, not a Concord database file. Give the database file (--db FILE or CONCORD_DB).", path);
        }

        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            var first = e.Message.Split('\n')[0];
            throw new InvalidDataException((first.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || first.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase))
                ? $"The database at {path} is held by another process that writes to it; try again when it has finished. ({Shorten(first)})"
                : $"The database at {path} cannot be read: it is damaged or not a Concord database ({Shorten(first)}). Run 'concord data sync' to rebuild it.", e);
        }

        return new ConcordDatabase(path, connection);
    }

    /// <summary>A second connection to the same open database, for a reader that runs beside this connection's.</summary>
    /// <remarks>DuckDB.NET keeps one open database per data source while any connection to it is open, so this never
    /// reads the file at <see cref="Path"/> again, which a sync may have replaced by now.</remarks>
    public ConcordDatabase Duplicate()
    {
        var connection = new DuckDBConnection(Connection.ConnectionString);
        connection.Open();
        return new ConcordDatabase(Path, connection);
    }

    /// <summary>Opens a database the sync is building, for writing (only <see cref="Sync.RecordBuilder"/> does).</summary>
    internal static ConcordDatabase OpenForBuilding(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        return new ConcordDatabase(path, connection);
    }

    /// <summary>The schema version the database was built with (0 when it has none).</summary>
    public int SchemaVersion => int.TryParse(MetaValue("schema_version"), out var v) ? v : 0;

    /// <summary>Whether this build of Concord can read the database and built it from the same reference tables (else it must be synced again).</summary>
    public bool IsCurrent => SchemaVersion == DatabaseSchema.Version && MetaValue("reference_sha256") == ReferenceFingerprint.Current;

    /// <summary>A value of the <c>meta</c> table (null when absent), e.g. <c>events_dir</c>, the user's folder of forum files.</summary>
    public string? MetaValue(string key)
    {
        try
        {
            using var cmd = Command("SELECT value FROM meta WHERE key = $1", key);
            return cmd.ExecuteScalar() as string;
        }
        catch (DuckDBException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return cmd;
    }

    public void Dispose() => Connection.Dispose();
}
