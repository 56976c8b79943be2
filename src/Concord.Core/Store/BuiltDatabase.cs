using System.Globalization;
using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>What a database says it was built from (the sync's fingerprint of its inputs) and what it holds, so that a
/// sync of the same inputs can say so without building again.</summary>
public sealed record BuiltDatabase(string Inputs, int Decisions, long Votes, int Disagreements, long RowsRead, int? Speeches)
{
    /// <summary>The database's summary when it carries an inputs fingerprint and opens; null otherwise (then a sync builds).</summary>
    public static BuiltDatabase? Read(string path)
    {
        if (!File.Exists(path) || File.Exists(path + ".wal"))
        {
            return null;
        }

        try
        {
            using var db = ConcordDatabase.OpenReadOnly(path);
            using var cmd = db.Command("""
                SELECT (SELECT value FROM meta WHERE key = 'inputs_sha256'),
                       (SELECT count(*) FROM decisions), (SELECT count(*) FROM votes), (SELECT count(*) FROM disagreements),
                       (SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'source_rows_read')
                """);
            using var r = cmd.ExecuteReader();
            if (!r.Read() || r.IsDBNull(0) || r.IsDBNull(4))
            {
                return null;
            }

            int? speeches = null;
            if (SpeechStore.Has(db))
            {
                using var count = db.Command("SELECT count(*) FROM speeches");
                speeches = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            return new BuiltDatabase(r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture), speeches);
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or IOException or InvalidCastException or InvalidDataException)
        {
            return null;
        }
    }
}
