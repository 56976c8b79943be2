using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Store;

/// <summary>The file formats of <see cref="DataExport"/>.</summary>
public enum ExportFormat
{
    Parquet,
    Csv,
}

/// <summary>One exported table: its file name (without extension) and the query that gives its rows, typed.</summary>
/// <param name="Name">The file's name: <c>votes</c> is written as <c>votes.parquet</c> or <c>votes.csv</c>.</param>
/// <param name="Select">A constant SELECT over the database (never built from user input).</param>
/// <param name="Description">What a row is, for the export's README and the command's output.</param>
/// <param name="Requires">A table the export needs, absent from a database synced without its source (the speeches): the
/// export is then left out.</param>
public sealed record ExportTable(string Name, string Select, string Description, string? Requires = null);

/// <summary>Writes the record's main tables as Parquet or CSV files with DuckDB's own writers (<c>COPY ... TO</c>).</summary>
/// <remarks>
/// <para>Every file is written to a folder of its own inside the target folder and moved into place when all are
/// written, so a failed export leaves no half-written file under an expected name. A file the target folder already
/// holds is replaced only when an earlier export wrote it unchanged: the manifest (<see cref="ManifestName"/>) lists
/// each written file with its SHA-256, and a file not listed, or changed since, is never overwritten.</para>
/// <para>The folder's path is the only text from outside that reaches SQL: it must be absolute after resolution and free
/// of control characters, and it is written as a SQL string literal with its quotes doubled.</para>
/// </remarks>
public static class DataExport
{
    public const string ManifestName = "concord-export.sha256";

    private static bool HasTable(ConcordDatabase db, string table)
    {
        using var cmd = db.Command("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = $1", table);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The tables every export writes, in order. A new table (speeches, when they exist) is one more entry.</summary>
    public static IReadOnlyList<ExportTable> Tables { get; } =
    [
        new("decisions", "SELECT * FROM decisions ORDER BY decision_id", "one row per decision (docs/schema.md, decisions)"),
        new("votes", """
            SELECT v.decision_id, d.forum, d.symbol, d.date, d.year, v.state, v.vote AS vote_code, l.label AS vote, s.file, v.source_line AS line
            FROM votes v JOIN decisions d USING (decision_id) JOIN vote_labels l ON l.vote = v.vote LEFT JOIN sources s USING (file_id)
            ORDER BY v.decision_id, v.state
            """, "one row per member's vote, with its label and the source file and line"),
        new("issues", "SELECT * FROM decision_issues ORDER BY decision_id, area, rule", "one row per decision and issue area (decision_issues)"),
        new("sponsorships", "SELECT * FROM sponsorships ORDER BY decision_id, kind, position", "one row per sponsor named (Assembly sessions 74-80)"),
        new("ideal_points", "SELECT * FROM ideal_points ORDER BY state, year", "one row per state and year (the sync's fit)"),
        new("states", "SELECT * FROM states ORDER BY code", "every state code with its name"),
        new("speeches", "SELECT speech_id, state, filed, session, year, words, kept, source_file, entry FROM speeches ORDER BY speech_id", "one row per General Debate speech (the texts stay in the corpus file)", Requires: "speeches"),
        new("speech_concepts", "SELECT * FROM speech_concepts ORDER BY speech_id, concept", "one row per speech and concept it uses", Requires: "speech_concepts"),
    ];

    /// <summary>Exports the <see cref="Tables"/> and the given extra CSV files (e.g. agreement by year, computed outside
    /// the database) into <paramref name="folder"/>; returns the files written with their row counts.</summary>
    /// <param name="extra">Name and path of a CSV file with a header to export too (read with DuckDB's type detection);
    /// the caller owns the file.</param>
    public static IReadOnlyList<(string File, long Rows)> Write(ConcordDatabase db, string folder, ExportFormat format, IEnumerable<(string Name, string CsvPath)>? extra = null)
    {
        var target = CheckFolder(folder);
        var extension = format == ExportFormat.Parquet ? ".parquet" : ".csv";
        var jobs = Tables.Where(t => t.Requires is null || HasTable(db, t.Requires)).Select(t => (t.Name, Select: t.Select)).ToList();
        foreach (var (name, csv) in extra ?? [])
        {
            jobs.Add((name, $"SELECT * FROM read_csv({Literal(CheckPath(csv))}, header = true)"));
        }

        var manifest = ReadManifest(target);
        foreach (var (name, _) in jobs)
        {
            var path = Path.Combine(target, name + extension);
            if (File.Exists(path) && !(manifest.TryGetValue(name + extension, out var sha) && sha == Sha256(path)))
            {
                throw new ArgumentException($"{path} exists and was not written by a Concord export (or was changed since): it is left as it is. Remove it, or export to another folder.");
            }
        }

        var staging = Path.Combine(target, $".concord-export-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var written = new List<(string, long)>();
        try
        {
            var options = format == ExportFormat.Parquet ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER true";
            foreach (var (name, select) in jobs)
            {
                var temp = Path.Combine(staging, name + extension);
                using var cmd = db.Command($"COPY ({select}) TO {Literal(temp)} ({options})");
                var rows = Convert.ToInt64(cmd.ExecuteNonQuery(), CultureInfo.InvariantCulture);
                written.Add((name + extension, rows));
            }

            foreach (var (file, _) in written)
            {
                var path = Path.Combine(target, file);
                File.Move(Path.Combine(staging, file), path, overwrite: true);
                manifest[file] = Sha256(path);
            }

            WriteManifest(target, manifest);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }

        return written;
    }

    /// <summary>The folder as an absolute path that may go into a SQL literal; created when missing.</summary>
    private static string CheckFolder(string folder)
    {
        var full = CheckPath(folder);
        if (File.Exists(full))
        {
            throw new ArgumentException($"{full} is a file; give a folder to export into.");
        }

        Directory.CreateDirectory(full);
        return full;
    }

    private static string CheckPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The export folder is empty.");
        }

        var full = Path.GetFullPath(path);
        if (full.Any(char.IsControl))
        {
            throw new ArgumentException("The export folder's path holds a control character.");
        }

        return full;
    }

    /// <summary>A SQL string literal: the text between single quotes, each quote doubled (DuckDB reads no other escape).</summary>
    internal static string Literal(string text) => SchemaDescriptions.Literal(text);

    private static Dictionary<string, string> ReadManifest(string folder)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            // sha256sum's format: the hash, two spaces, the name, so that `sha256sum -c` checks an export.
            var split = line.IndexOf("  ", StringComparison.Ordinal);
            if (split == 64)
            {
                result[line[(split + 2)..]] = line[..split];
            }
        }

        return result;
    }

    private static void WriteManifest(string folder, Dictionary<string, string> manifest)
    {
        var path = Path.Combine(folder, ManifestName);
        var temp = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, string.Concat(manifest.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value}  {kv.Key}\n")), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
