using Concord.Sources;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.Speeches;
using Concord.Tests.Sync;
using Concord.Tests.TestSupport;
using DuckDB.NET.Data;

namespace Concord.Tests.Store;

/// <summary>A sync whose speech corpus did not change starts from a copy of the current file with only its speech
/// tables, and writes what a build from an empty file writes: every table, row, view, index and column comment.</summary>
public sealed class SpeechCarryOverTest : IDisposable
{
    private const string CarriedStep = "writing the record beside the speech index carried over";
    private readonly TempDirectory _data = RecordBuilderTest.MinimalData();
    private readonly TempDirectory _output = new();

    public SpeechCarryOverTest()
    {
        var archive = TinyArchive.Build(
            TinyArchive.Speech("USA", 75, 2020, "We defend human rights and democracy, and we oppose terrorism in every form."),
            TinyArchive.Speech("FRA", 75, 2020, "Multilateralism and human rights are the heart of our action against terrorism."),
            TinyArchive.Speech("RUS", 75, 2020, "Sovereignty and non-interference: we reject unilateral sanctions and hegemony."),
            TinyArchive.Speech("USA", 74, 2019, "Democracy and freedom of navigation, and sanctions where rights are violated."));
        var path = _data.Combine(SpeechCorpusReader.File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, archive);
    }

    private string Database => _output.Combine("concord.duckdb");

    public void Dispose()
    {
        _output.Dispose();
        _data.Dispose();
    }

    [Fact]
    public void AnUnchangedCorpus_IsCarriedInTheFile_AndTheDatabaseIsWhatAFreshBuildWrites()
    {
        // Given a database built with the speech corpus indexed
        var first = Sync(out var firstSteps);
        Assert.False(first.Speeches!.Reused);
        Assert.DoesNotContain(CarriedStep, firstSteps);
        var fresh = Contents(Database);

        // When the same folder is synced again, twice
        var second = Sync(out var secondSteps);
        var size = new FileInfo(Database).Length;
        Sync(out _);

        // Then the index is carried over in the file, and every table, view, index and comment is as built afresh
        Assert.True(second.Speeches!.Reused);
        Assert.Contains(CarriedStep, secondSteps);
        Assert.Equal(fresh, Contents(Database));
        Assert.Contains(fresh, line => line.StartsWith("speech_texts: 4 rows", StringComparison.Ordinal));

        // And the file does not grow from one sync to the next (the record's freed pages are reused)
        Assert.InRange(new FileInfo(Database).Length, 0, size + (size / 10));
    }

    [Fact]
    public void ADatabaseOfAnotherSchemaVersion_IsNotCarried_TheSpeechTablesAreCopiedAsBefore()
    {
        // Given a database whose stamp says another schema version wrote it
        Sync(out _);
        var fresh = Contents(Database);
        using (var connection = new DuckDBConnection($"Data Source={Database}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = '0' WHERE key = 'schema_version'";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        // When it is synced, then its file is not the start of the new one, and the result is the same
        Assert.False(SpeechCarryOver.TryStartFrom(Database, _output.Combine("probe.duckdb")));
        Assert.False(File.Exists(_output.Combine("probe.duckdb")));
        Sync(out var steps);
        Assert.DoesNotContain(CarriedStep, steps);
        Assert.Contains("writing the record", steps);
        Assert.Equal(fresh, Contents(Database));
    }

    [Fact]
    public void NoCurrentDatabase_OrOneWithAWriteAheadLog_IsNotCarried()
    {
        var target = _output.Combine("new.duckdb");
        Assert.False(SpeechCarryOver.TryStartFrom(_output.Combine("none.duckdb"), target));

        Sync(out _);
        File.WriteAllBytes(Database + ".wal", [1, 2, 3]);
        Assert.False(SpeechCarryOver.TryStartFrom(Database, target));
        Assert.False(File.Exists(target));
    }

    private SyncResult Sync(out List<string> steps)
    {
        var seen = new SyncStepLog();
        var result = RecordBuilder.Build(_data.Path, Database, seen, rebuild: true);
        steps = seen.Steps;
        return result;
    }

    /// <summary>Every table's rows (count and an order-free hash of whole rows), views, indexes and column comments;
    /// the build time in meta and the ideal points' fit time left out.</summary>
    internal static List<string> Contents(string path)
    {
        using var db = ConcordDatabase.OpenReadOnly(path);
        var lines = new List<string>();
        foreach (var table in Strings(db, "SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY table_name"))
        {
            var filter = table == "meta" ? " WHERE key <> 'built_at_utc'" : string.Empty;
            // A fit's time is when it ran, not what it found.
            var row = table == "ideal_points" ? "COLUMNS(* EXCLUDE (fitted_at))" : "t";
            lines.Add($"{table}: " + Strings(db, $"SELECT count(*) || ' rows, ' || coalesce(sum(hash({row})::HUGEINT), 0) FROM \"{table}\" t{filter}")[0]);
        }

        lines.AddRange(Strings(db, "SELECT 'view ' || view_name || ': ' || sql FROM duckdb_views() WHERE NOT internal ORDER BY view_name"));
        lines.AddRange(Strings(db, "SELECT 'index ' || index_name || ' on ' || table_name FROM duckdb_indexes() ORDER BY index_name"));
        lines.AddRange(Strings(db, "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ': ' || coalesce(comment, '') FROM duckdb_columns() WHERE NOT internal ORDER BY table_name, column_index"));
        lines.AddRange(Strings(db, "SELECT 'table ' || table_name || ': ' || coalesce(comment, '') FROM duckdb_tables() WHERE NOT internal ORDER BY table_name"));
        return lines;
    }

    private static List<string> Strings(ConcordDatabase db, string sql)
    {
        using var cmd = db.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var values = new List<string>();
        while (r.Read())
        {
            values.Add(r.GetValue(0)?.ToString() ?? string.Empty);
        }

        return values;
    }
}
