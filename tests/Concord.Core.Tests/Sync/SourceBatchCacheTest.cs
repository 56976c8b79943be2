using Concord.Sync;
using Concord.Tests.Store;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sync;

/// <summary>
/// A sync keeps each source's parsed batch and the rules' verdicts beside the database, and parses again only a source
/// whose folder changed: the database is always what a sync with nothing kept builds.
/// </summary>
public sealed class SourceBatchCacheTest : IDisposable
{
    private const string WideFile = "ga_sc/UN_DATA_ga_sc_votes_1946_2021_wide.csv";
    private readonly TempDirectory _data = RecordBuilderTest.MinimalData();
    private readonly TempDirectory _output = new();
    private readonly TempDirectory _fresh = new();

    private string Database => _output.Combine("concord.duckdb");

    public void Dispose()
    {
        _fresh.Dispose();
        _output.Dispose();
        _data.Dispose();
    }

    [Fact]
    public void AnUnchangedSource_IsNotParsedAgain_AndAChangedOneIs()
    {
        // Given a database built once: each source's batch and the verdicts are kept beside it
        var first = Sync(Database);
        Assert.Contains("read unvotes", first);
        Assert.Contains("read undl-wide", first);
        Assert.True(File.Exists(Path.Combine(SourceBatchCache.FolderFor(Database), "source-unvotes")));
        Assert.True(File.Exists(Path.Combine(SourceBatchCache.FolderFor(Database), "source-undl-wide")));
        Assert.True(File.Exists(ClassificationCache.PathFor(Database)));

        // When it is built again from the same files, then no source is parsed, and the database is what a fresh build writes
        var second = Sync(Database);
        Assert.Contains("unvotes unchanged: kept batch", second);
        Assert.Contains("undl-wide unchanged: kept batch", second);
        Assert.Equal(FreshContents(), SpeechCarryOverTest.Contents(Database));

        // When one file changes (a title), then only its source is parsed again, and the new title is in the database
        File.WriteAllText(_data.Combine(WideFile), File.ReadAllText(_data.Combine(WideFile)).Replace("[fixture]", "[fixture revised]", StringComparison.Ordinal));
        var third = Sync(Database);
        Assert.Contains("read undl-wide", third);
        Assert.Contains("unvotes unchanged: kept batch", third);
        var contents = SpeechCarryOverTest.Contents(Database);
        Assert.Equal(FreshContents(), contents);
        using var db = Concord.Store.ConcordDatabase.OpenReadOnly(Database);
        using var cmd = db.Command("SELECT count(*) FROM decisions WHERE title LIKE '%[fixture revised]%'");
        Assert.Equal(1L, Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AFileAddedToASourcesFolder_MakesItParsedAgain()
    {
        Sync(Database);
        File.WriteAllText(_data.Combine("ga/unvotes_cran_0.3.0/notes.txt"), "a file the reader does not read");
        var steps = Sync(Database);
        Assert.Contains("read unvotes", steps);
        Assert.Contains("undl-wide unchanged: kept batch", steps);
    }

    [Fact]
    public void DamagedOrForeignKeptFiles_AreIgnored_AndTheDatabaseIsTheSame()
    {
        // Given kept files that are cut short, or not kept files at all
        Sync(Database);
        var folder = SourceBatchCache.FolderFor(Database);
        var unvotes = Path.Combine(folder, "source-unvotes");
        File.WriteAllBytes(unvotes, File.ReadAllBytes(unvotes)[..^20]);
        File.WriteAllText(Path.Combine(folder, "source-undl-wide"), "not a batch");
        File.WriteAllBytes(ClassificationCache.PathFor(Database), File.ReadAllBytes(ClassificationCache.PathFor(Database))[..^5]);

        // When the folder is synced again, then both sources are parsed, and the database is what a fresh build writes
        var steps = Sync(Database);
        Assert.Contains("read unvotes", steps);
        Assert.Contains("read undl-wide", steps);
        Assert.Equal(FreshContents(), SpeechCarryOverTest.Contents(Database));

        // And the kept files are whole again
        Assert.Contains("unvotes unchanged: kept batch", Sync(Database));
    }

    [Fact]
    public async Task KeptFilesThatArePipes_AreNotRead_AndAreReplaced()
    {
        // Given kept files replaced by named pipes (a read would block until someone writes)
        Sync(Database);
        var unvotes = Path.Combine(SourceBatchCache.FolderFor(Database), "source-unvotes");
        foreach (var path in new[] { unvotes, ClassificationCache.PathFor(Database) })
        {
            File.Delete(path);
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // When the folder is synced again, then it finishes, parsing the source, and the pipes are replaced by kept files
        var steps = await Task.Run(() => Sync(Database)).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Contains("read unvotes", steps);
        Assert.True(Concord.Sources.SourceFile.IsRegular(unvotes));
        Assert.True(Concord.Sources.SourceFile.IsRegular(ClassificationCache.PathFor(Database)));
        Assert.Equal(FreshContents(), SpeechCarryOverTest.Contents(Database));
    }

    [Fact]
    public void KeptVerdicts_AreThoseTheRulesGive()
    {
        Sync(Database);
        var kept = ClassificationCache.Load(Database);
        Assert.True(kept.Count >= 3, $"{kept.Count} verdicts");
        using var db = Concord.Store.ConcordDatabase.OpenReadOnly(Database);
        using var cmd = db.Command("SELECT coalesce(title, ''), coalesce(agenda_item, ''), coalesce(subjects, '') FROM decisions");
        using var r = cmd.ExecuteReader();
        var checkedTexts = 0;
        while (r.Read())
        {
            var (title, agenda, subjects) = (r.GetString(0), r.GetString(1), r.GetString(2));
            Assert.True(kept.TryGet(title, agenda, subjects, out var verdict), title);
            var rules = Concord.Issues.IssueClassifier.Default.Classify(title, agenda, subjects);
            Assert.Equal(rules.Areas, verdict.Areas);
            Assert.Equal(rules.Matches, verdict.Matches);
            checkedTexts++;
        }

        Assert.True(checkedTexts >= 3);
    }

    /// <summary>The same data folder built where nothing is kept.</summary>
    private List<string> FreshContents()
    {
        var path = _fresh.Combine($"fresh-{Guid.NewGuid():N}.duckdb");
        RecordBuilder.Build(_data.Path, path);
        return SpeechCarryOverTest.Contents(path);
    }

    private List<string> Sync(string database)
    {
        var steps = new SyncStepLog();
        RecordBuilder.Build(_data.Path, database, steps, rebuild: true);
        return steps.Steps;
    }
}
