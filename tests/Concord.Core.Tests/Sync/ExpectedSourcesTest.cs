using Concord.Domain;
using Concord.Sources;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sync;

/// <summary>A sync refuses a data folder that lacks what it should hold, and replaces only Concord databases.</summary>
public class ExpectedSourcesTest(MinimalDatabase built) : IClassFixture<MinimalDatabase>
{
    [Fact]
    public void Build_WithASourceTheDatabaseHoldsMissing_IsRefusedAndKeepsTheDatabase()
    {
        // Given a database built from the minimal data, and the same data without its wide file
        using var data = RecordBuilderTest.MinimalData();
        using var output = new TempDirectory();
        var dbPath = built.CopyTo(output);
        var before = CorpusHash(dbPath);
        File.Delete(Path.Combine(data.Path, UndlWideReader.File));

        // When it is synced
        var e = Assert.Throws<MalformedSourceException>(() => RecordBuilder.Build(data.Path, dbPath));

        // Then the refusal names the missing file and the way to go ahead, and the database is unchanged
        Assert.Equal((UndlWideReader.File, 0L, "(file)"), (e.File, e.Line, e.Field));
        Assert.Contains("--allow-missing", e.Message);
        Assert.Equal(before, CorpusHash(dbPath));
    }

    [Fact]
    public void Build_WithAllowMissing_BuildsWithoutTheSourceAndSaysWhatWasMissing()
    {
        // Given the same missing wide file
        using var data = RecordBuilderTest.MinimalData();
        using var output = new TempDirectory();
        var dbPath = built.CopyTo(output);
        File.Delete(Path.Combine(data.Path, UndlWideReader.File));

        // When the user allows it
        var result = RecordBuilder.Build(data.Path, dbPath, allowMissing: true);

        // Then the database is rebuilt without the source, and the warning names the file
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith(UndlWideReader.File, warning);
        using var db = ConcordDatabase.OpenReadOnly(dbPath);
        Assert.DoesNotContain(CoverageTable.Run(db), r => r.Source == "undl-wide");
    }

    [Fact]
    public void Check_ACopyOfThePublishedDataMissingFiles_IsRefusedEvenWithoutADatabase()
    {
        // Given a folder holding one published file (its manifest checksum) and nothing else the sync reads
        var manifest = DataManifest.Default;
        var entry = manifest.Entries.First(e => e.Path == VetoListReader.DhlFile);
        var files = new List<SourceFileInfo> { new(SourceId.DhlVetoList, entry.Path, entry.Sha256, entry.Bytes, entry.Publisher, entry.Terms, entry.OriginUrl, 213) };
        using var data = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(data.Path, "sc"));
        File.WriteAllText(Path.Combine(data.Path, entry.Path), "x");

        // When the expected sources are checked with no current database
        var e = Assert.Throws<MalformedSourceException>(() => ExpectedSources.Check(data.Path, CurrentDatabase.None, files, 0, allowMissing: false));
        var warnings = ExpectedSources.Check(data.Path, CurrentDatabase.None, files, 0, allowMissing: true);

        // Then every other file of the manifest that the sync reads is named as missing
        var expected = manifest.Entries.Count(x => ExpectedSources.IsReadBySync(x.Path)) - 1;
        Assert.Equal(expected, warnings.Count);
        Assert.True(expected >= 40, $"{expected} files expected");
        Assert.Equal("(file)", e.Field);
        Assert.Contains("manifest", e.Message);
    }

    [Fact]
    public void Check_ACopyOfUnpublishedFiles_ExpectsOnlyWhatTheDatabaseHolds()
    {
        // Given files with checksums the manifest does not know (a user's own or a test's data) and no database
        var files = new List<SourceFileInfo> { new(SourceId.DhlVetoList, VetoListReader.DhlFile, "00", 1, "", "", "", 1) };
        using var data = new TempDirectory();

        // When checked
        var warnings = ExpectedSources.Check(data.Path, CurrentDatabase.None, files, 0, allowMissing: false);

        // Then nothing is expected beyond them
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("a text file\n")]
    [InlineData("PK\u0003\u0004 a zip file")]
    public void Build_OverAFileThatIsNotAConcordDatabase_RefusesAndLeavesIt(string content)
    {
        // Given a file that is not a database where --db points
        using var data = RecordBuilderTest.MinimalData();
        using var output = new TempDirectory();
        var path = output.Combine("notes.txt");
        File.WriteAllText(path, content);

        // When a sync is asked to write there
        var e = Assert.Throws<SyncRefusedException>(() => RecordBuilder.Build(data.Path, path));

        // Then it refuses, says why, and the file is as it was
        Assert.Contains("not a Concord database", e.Message);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void Build_OverADuckDbDatabaseThatIsNotConcords_RefusesAndLeavesIt()
    {
        // Given someone's own DuckDB database
        using var data = RecordBuilderTest.MinimalData();
        using var output = new TempDirectory();
        var path = output.Combine("theirs.duckdb");
        using (var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE accounts(id INTEGER); INSERT INTO accounts VALUES (1);";
            cmd.ExecuteNonQuery();
        }

        var before = CorpusHash(path);

        // When a sync is asked to write there
        var e = Assert.Throws<SyncRefusedException>(() => RecordBuilder.Build(data.Path, path));

        // Then it refuses and the database is untouched
        Assert.Contains("not a Concord one", e.Message);
        Assert.Equal(before, CorpusHash(path));
    }

    [Fact]
    public void Build_OverADamagedDatabaseOrAnEmptyFile_ReplacesIt()
    {
        // Given a DuckDB header followed by garbage (a damaged database), and an empty file
        using var data = RecordBuilderTest.MinimalData();
        using var output = new TempDirectory();
        var damaged = output.Combine("damaged.duckdb");
        var bytes = File.ReadAllBytes(built.Path)[..4096];
        Array.Fill(bytes, (byte)0x5A, 100, 3000);
        File.WriteAllBytes(damaged, bytes);
        var empty = output.Combine("empty.duckdb");
        File.WriteAllBytes(empty, []);

        // When each is synced
        var a = RecordBuilder.Build(data.Path, damaged);
        var b = RecordBuilder.Build(data.Path, empty);

        // Then both become the record (rebuilding is the repair the user is told to make)
        Assert.Equal(built.Result.Decisions, a.Decisions);
        Assert.Equal(built.Result.Decisions, b.Decisions);
        using var db = ConcordDatabase.OpenReadOnly(damaged);
        Assert.True(db.IsCurrent);
    }

    private static string CorpusHash(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
