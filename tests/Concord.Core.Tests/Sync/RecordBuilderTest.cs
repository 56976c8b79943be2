using System.Security.Cryptography;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sync;

/// <summary>The minimal fixture built once into a database that the read-only tests share.</summary>
public sealed class MinimalDatabase : IDisposable
{
    public MinimalDatabase()
    {
        Data = RecordBuilderTest.MinimalData();
        Output = new TempDirectory();
        Path = Output.Combine("concord.duckdb");
        Result = RecordBuilder.Build(Data.Path, Path);
    }

    public TempDirectory Data { get; }

    public TempDirectory Output { get; }

    public string Path { get; }

    public SyncResult Result { get; }

    /// <summary>A private copy of the built database, for a test that writes over it.</summary>
    public string CopyTo(TempDirectory dir)
    {
        var copy = dir.Combine("concord.duckdb");
        File.Copy(Path, copy);
        return copy;
    }

    public void Dispose()
    {
        Output.Dispose();
        Data.Dispose();
    }
}

public class RecordBuilderTest(MinimalDatabase built) : IClassFixture<MinimalDatabase>
{
    /// <summary>The minimal fixture (three unvotes roll calls, a two-row wide file) with its votes file gzipped.</summary>
    internal static TempDirectory MinimalData()
    {
        var dir = new TempDirectory();
        dir.CopyFixture("minimal");
        dir.GzipInPlace("ga/unvotes_cran_0.3.0/un_votes.csv", UnvotesReader.VotesFile);
        return dir;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Build_MinimalData_WritesReconciledDecisionsAndVotes()
    {
        // Given the minimal fixture data directory
        // When the database is built (once, by the class fixture)
        var result = built.Result;
        var dbPath = built.Path;

        // Then GA has 3 decisions (resolution, amendment, merged A/RES/68/262) with 10 votes, SC 1 decision with 4
        Assert.Equal(4, result.Decisions);
        Assert.Equal(14, result.Votes);
        Assert.Equal(0, result.Disagreements);
        using var db = ConcordDatabase.OpenReadOnly(dbPath);
        var all = CoverageTable.Run(db).Where(r => r.Source.StartsWith("all sources", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal(new CoverageTable.Row("ga", "all sources (reconciled)", 3, 3, 10, new DateOnly(1970, 10, 12), new DateOnly(2014, 3, 27)), all[0]);
        Assert.Equal(new CoverageTable.Row("sc", "all sources (reconciled)", 1, 1, 4, new DateOnly(2020, 1, 10), new DateOnly(2020, 1, 10)), all[1]);
    }

    [Fact]
    public void Build_CoveragePerSource_CountsDecisionsAndKeptVotes()
    {
        // Given the minimal fixture built into a database
        var dbPath = built.Path;

        // When coverage is asked per source
        using var db = ConcordDatabase.OpenReadOnly(dbPath);
        var rows = CoverageTable.Run(db).Where(r => !r.Source.StartsWith("all sources", StringComparison.Ordinal)).ToList();

        // Then unvotes covers 3 GA decisions keeping 6 votes, the wide file 1 GA (4 votes, it wins) and 1 SC decision
        var gaUnvotes = Assert.Single(rows, r => r.Forum == "ga" && r.Source == "unvotes");
        Assert.Equal((3L, 6L), (gaUnvotes.Decisions, gaUnvotes.StateVotes));
        var gaWide = Assert.Single(rows, r => r.Forum == "ga" && r.Source == "undl-wide");
        Assert.Equal((1L, 4L), (gaWide.Decisions, gaWide.StateVotes));
        var scWide = Assert.Single(rows, r => r.Forum == "sc" && r.Source == "undl-wide");
        Assert.Equal((1L, 4L), (scWide.Decisions, scWide.StateVotes));
    }

    [Fact]
    public void Build_ThenFind_ShowsTheMergedDecisionWithBothSources()
    {
        // Given the minimal fixture built into a database
        var dbPath = built.Path;

        // When A/RES/68/262 and A/RES/2621 (XXV) are looked up
        using var db = ConcordDatabase.OpenReadOnly(dbPath);
        var ukraine = DecisionTable.Find(db, "A/RES/68/262");
        var decolonisation = DecisionTable.Find(db, "a/res/2621 (xxv)");

        // Then the first has both sources and the wide file's tally; the second lists its amendment as related
        Assert.NotNull(ukraine);
        Assert.Equal(new Tally(2, 1, 1, 0), ukraine.Decision.Tally);
        Assert.Equal(["unvotes", "undl-wide"], ukraine.Sources.Select(s => s.Source));
        Assert.Equal(Vote.No, ukraine.Votes.Single(v => v.State == "RUS").Vote);
        Assert.Equal("hr", ukraine.Decision.Issues);
        Assert.NotNull(decolonisation);
        Assert.Equal("resolution", decolonisation.Decision.Kind);
        var amendment = Assert.Single(decolonisation.Related);
        Assert.Equal("amendment", amendment.Kind);
        Assert.Contains(decolonisation.Votes, v => v.State == "TWN" && v.Vote == Vote.No);
        Assert.Contains(decolonisation.Votes, v => v.State == "SUN" && v.Vote == Vote.Yes);
        Assert.Null(DecisionTable.Find(db, "A/RES/99/999"));
    }

    [Fact]
    public void Build_ThenAgreement_CountsRussiaWithTheUssrSeat()
    {
        // Given the minimal fixture built into a database
        var dbPath = built.Path;

        // When Russia's and the United States' GA agreement is computed over all years
        using var db = ConcordDatabase.OpenReadOnly(dbPath);
        var matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
        var periods = Periods.Build(matrix, PeriodKind.All, _ => true);
        var rows = AllPairsAgreement.OnePair(matrix, periods, matrix.RowOf("RUS"), matrix.RowOf("USA"));

        // Then three common votes count (two as USSR): same in 1970, opposite twice
        var row = Assert.Single(rows);
        Assert.Equal(3, row.N);
        Assert.Equal(1, row.Same);
        Assert.Equal(2, row.Opposite);
    }

    [Fact]
    public void Build_Twice_GivesIdenticalCountsWithoutDuplicates()
    {
        // Given a database already built from the minimal fixture
        using var output = new TempDirectory();
        var dbPath = built.CopyTo(output);
        IReadOnlyList<CoverageTable.Row> coverageFirst;
        using (var db = ConcordDatabase.OpenReadOnly(built.Path))
        {
            coverageFirst = CoverageTable.Run(db);
        }

        // When the same data is built again over it
        var second = RecordBuilder.Build(built.Data.Path, dbPath, rebuild: true);
        using var db2 = ConcordDatabase.OpenReadOnly(dbPath);
        var coverageSecond = CoverageTable.Run(db2);

        // Then counts and coverage are the same, and no temp or lock file is left behind (only the database and its
        // vote matrices)
        var first = built.Result;
        Assert.Equal((first.Decisions, first.Votes, first.Disagreements, first.RowsRead), (second.Decisions, second.Votes, second.Disagreements, second.RowsRead));
        Assert.Equal(4, second.Decisions);
        Assert.Equal(coverageFirst, coverageSecond);
        Assert.Equal(["concord.duckdb", "concord.duckdb.matrix"], Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_FromTheSameInputs_IsUpToDate_AndAnyChangeOfInputBuildsAgain()
    {
        // Given a database built from a data folder
        using var data = MinimalData();
        using var output = new TempDirectory();
        var db = output.Combine("concord.duckdb");
        var first = RecordBuilder.Build(data.Path, db);
        Assert.False(first.UpToDate);
        var bytes = Hash(db);

        // When the same folder is synced again, then nothing is built: the file is the same, and the counts are its own
        var again = RecordBuilder.Build(data.Path, db);
        Assert.True(again.UpToDate);
        Assert.Equal(bytes, Hash(db));
        Assert.Equal((first.Decisions, first.Votes, first.Disagreements, first.RowsRead), (again.Decisions, again.Votes, again.Disagreements, again.RowsRead));

        // But a file added to the folder, a file changed in place with the same length, another --allow-missing, or
        // --rebuild each build again
        data.Write("notes.txt", "a file no source reads");
        Assert.False(RecordBuilder.Build(data.Path, db).UpToDate);
        Assert.True(RecordBuilder.Build(data.Path, db).UpToDate);
        var notes = data.Combine("notes.txt");
        var modified = File.GetLastWriteTimeUtc(notes);
        File.WriteAllText(notes, "a file no source READS");
        File.SetLastWriteTimeUtc(notes, modified);
        Assert.False(RecordBuilder.Build(data.Path, db).UpToDate);
        Assert.False(RecordBuilder.Build(data.Path, db, allowMissing: true).UpToDate);
        Assert.True(RecordBuilder.Build(data.Path, db, allowMissing: true).UpToDate);
        Assert.False(RecordBuilder.Build(data.Path, db, allowMissing: true, rebuild: true).UpToDate);
    }

    [Fact]
    public void Build_OverADatabaseWrittenToSinceItsSync_BuildsAgain_AndUndoesTheChange()
    {
        // Given a database built from a folder, then changed by another program (a title rewritten through DuckDB)
        using var data = MinimalData();
        using var output = new TempDirectory();
        var db = output.Combine("concord.duckdb");
        RecordBuilder.Build(data.Path, db);
        object? title;
        using (var before = ConcordDatabase.OpenReadOnly(db))
        {
            using var read = before.Command("SELECT title FROM decisions ORDER BY decision_id LIMIT 1");
            title = read.ExecuteScalar();
        }

        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var write = connection.CreateCommand();
            write.CommandText = "UPDATE decisions SET title = 'Changed by hand' WHERE decision_id = (SELECT min(decision_id) FROM decisions)";
            Assert.Equal(1, write.ExecuteNonQuery());
        }

        // When the same folder is synced, then it is not taken as up to date: the record is built again from the files
        Assert.False(RecordBuilder.Build(data.Path, db).UpToDate);
        using var after = ConcordDatabase.OpenReadOnly(db);
        using var check = after.Command("SELECT title FROM decisions ORDER BY decision_id LIMIT 1");
        Assert.Equal(title, check.ExecuteScalar());
        Assert.True(RecordBuilder.Build(data.Path, db).UpToDate);
    }

    [Fact]
    public void Build_WhenTheDatabaseLivesInTheDataFolder_ItsOwnFilesAreNotInputs()
    {
        // Given a database written inside the folder it is built from (with its vote matrices and lock beside it)
        using var data = MinimalData();
        var db = data.Combine("concord.duckdb");
        RecordBuilder.Build(data.Path, db);

        // When it is synced again, then it is up to date: its own files did not count as changed inputs
        Assert.True(RecordBuilder.Build(data.Path, db).UpToDate);
    }

    [Fact]
    public void Build_MalformedFile_ThrowsAndLeavesTheExistingDatabaseUnchanged()
    {
        // Given a database built from good data, then a votes file with 'maybe' on line 3
        using var data = MinimalData();
        using var output = new TempDirectory();
        var dbPath = built.CopyTo(output);
        var before = Hash(dbPath);
        data.WriteGz(UnvotesReader.VotesFile, "\"rcid\",\"country\",\"country_code\",\"vote\"\n1001,\"France\",\"FR\",\"yes\"\n1001,\"Canada\",\"CA\",\"maybe\"\n");

        // When it is rebuilt
        var e = Assert.Throws<MalformedSourceException>(() => RecordBuilder.Build(data.Path, dbPath));

        // Then the error names the file, line and field, and the old database is byte-for-byte the same
        Assert.Equal((UnvotesReader.VotesFile, 3L, "vote"), (e.File, e.Line, e.Field));
        Assert.Equal(before, Hash(dbPath));
        Assert.Equal(["concord.duckdb"], Directory.GetFiles(output.Path).Select(Path.GetFileName));
        using var db = ConcordDatabase.OpenReadOnly(dbPath);
        Assert.Equal(3, CoverageTable.Run(db).First().Decisions);
    }

    [Fact]
    public void Build_EmptyDataDirectory_ThrowsDirectoryNotFound()
    {
        // Given a directory with no source
        using var data = new TempDirectory();
        using var output = new TempDirectory();

        // When a build is attempted
        var e = Assert.Throws<DirectoryNotFoundException>(() => RecordBuilder.Build(data.Path, output.Combine("concord.duckdb")));

        // Then it says no source was found and writes nothing
        Assert.Contains("No UN voting source", e.Message);
        Assert.False(File.Exists(output.Combine("concord.duckdb")));
    }

    [Fact]
    public async Task Build_WhileAnotherHoldsTheLock_WaitsForIt()
    {
        // Given another writer holding the database's lock file
        using var data = MinimalData();
        using var output = new TempDirectory();
        var dbPath = output.Combine("concord.duckdb");
        var holder = new FileStream(dbPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

        // When a build starts
        var build = Task.Run(() => RecordBuilder.Build(data.Path, dbPath));
        await Task.Delay(150);

        // Then it waits until the lock is released, and completes after
        Assert.False(build.IsCompleted);
        Assert.False(File.Exists(dbPath));
        await holder.DisposeAsync();
        // Generous: a build of the minimal data takes a second alone, far longer beside two other test assemblies on 2 cores.
        var result = await build.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(4, result.Decisions);
        Assert.True(File.Exists(dbPath));
    }
}
