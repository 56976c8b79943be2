using System.Globalization;
using Concord.Store;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Store;

/// <summary>Exports read back equal (rows and a checksum of every value), and never replace a file Concord did not write.</summary>
public sealed class DataExportTest
{
    /// <summary>Row count and an order-independent checksum of every value of a query's rows.</summary>
    private static (long Rows, string Sum) Checksum(ConcordDatabase db, string select)
    {
        using var cmd = db.Command($"SELECT count(*), bit_xor(hash(t)) FROM ({select}) t");
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.IsDBNull(1) ? "" : Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture)!);
    }

    /// <summary>The query's columns as a read_csv <c>columns</c> struct, so that a CSV is read back with the types it was written from.</summary>
    private static string Columns(ConcordDatabase db, string select)
    {
        using var cmd = db.Command($"DESCRIBE ({select})");
        using var r = cmd.ExecuteReader();
        var parts = new List<string>();
        while (r.Read())
        {
            parts.Add($"{SchemaDescriptions.Literal(r.GetString(0))}: {SchemaDescriptions.Literal(r.GetString(1))}");
        }

        return "{" + string.Join(", ", parts) + "}";
    }

    [Theory]
    [InlineData(ExportFormat.Parquet)]
    [InlineData(ExportFormat.Csv)]
    public void Export_ReadsBackEqual_RowsAndChecksum(ExportFormat format)
    {
        // Given the real record, exported into a folder whose name needs quoting in SQL
        using var dir = new TempDirectory();
        var folder = dir.Combine("it's an export");
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);

        // When every table is written
        var written = DataExport.Write(db, folder, format);

        // Then each file holds the rows of its query, value for value, with their types
        Assert.Equal(DataExport.Tables.Count, written.Count);
        foreach (var table in DataExport.Tables)
        {
            var file = Path.Combine(folder, table.Name + (format == ExportFormat.Parquet ? ".parquet" : ".csv"));
            var read = format == ExportFormat.Parquet
                ? $"SELECT * FROM read_parquet({SchemaDescriptions.Literal(file)})"
                : $@"SELECT * FROM read_csv({SchemaDescriptions.Literal(file)}, auto_detect = false, header = true, delim = ',', quote = '""', escape = '""', allow_quoted_nulls = false, columns = {Columns(db, table.Select)})";
            var expected = Checksum(db, table.Select);
            Assert.Equal(expected, Checksum(db, read));
            Assert.Equal(expected.Rows, written.Single(w => w.File == Path.GetFileName(file)).Rows);
        }

        Assert.True(Checksum(db, "SELECT * FROM votes").Rows > 1_000_000);
    }

    [Fact]
    public void Export_NeverReplacesAFileItDidNotWrite_ButReplacesItsOwn()
    {
        using var dir = new TempDirectory();
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);

        // Given a folder holding a file of the user's under an export's name
        var mine = dir.Write("states.csv", "the user's own file\n");

        // When an export is asked for there
        var refused = Assert.Throws<ArgumentException>(() => DataExport.Write(db, dir.Path, ExportFormat.Csv));

        // Then it is refused before anything is written, and the file is as it was
        Assert.Contains("was not written by a Concord export", refused.Message);
        Assert.Equal("the user's own file\n", File.ReadAllText(mine));
        Assert.False(File.Exists(dir.Combine("votes.csv")));
        Assert.Empty(Directory.GetDirectories(dir.Path));

        // And an export over its own earlier files replaces them, leaving no staging folder behind
        File.Delete(mine);
        DataExport.Write(db, dir.Path, ExportFormat.Csv);
        DataExport.Write(db, dir.Path, ExportFormat.Csv);
        Assert.True(File.Exists(dir.Combine(DataExport.ManifestName)));
        Assert.Empty(Directory.GetDirectories(dir.Path));

        // But not once the user changed one
        File.AppendAllText(dir.Combine("states.csv"), "an edit\n");
        Assert.Throws<ArgumentException>(() => DataExport.Write(db, dir.Path, ExportFormat.Csv));
    }
}
