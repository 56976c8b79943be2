using Concord.Forums;
using Concord.States;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;
using nietras.SeparatedValues;

namespace Concord.Tests.RealData;

/// <summary>The forum record as the sync builds it from the curated files and the exercise datasets in ../shared/data.</summary>
public sealed class ForumRecordOnRealDataTest
{
    private static readonly Lazy<ForumRecord> s_record = new(() =>
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return ForumStore.Load(db);
    });

    private static IEnumerable<BilateralEvent> ChinaRussiaExercises =>
        s_record.Value.Events.Where(e => e.Kind == EventKind.Exercise && e.Involves(["CHN", "RUS"]));

    [Fact]
    public void CuratedExercises_ByYear_AreTheRowsOfTheCuratedFile()
    {
        var expected = CuratedFiles.ChinaRussiaExercisesByYear();
        var actual = ChinaRussiaExercises.Where(e => e.Origin.Label == RecordOrigin.Curated)
            .GroupBy(e => e.Start.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Fact]
    public void Datasets_EveryRowWithChinaAndRussiaIsRead()
    {
        // The data README (sections 5 and 8.4): 10 MME exercises, 11 JME rows, 12 rows of the Russia list with China.
        var rows = ChinaRussiaExercises.Where(e => e.Origin.IsDataset).GroupBy(e => e.Origin.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, rows["mme-v7"]);
        Assert.Equal(11, rows["jme-v3"]);
        Assert.Equal(12, rows["russia-2009-2018"]);
    }

    [Fact]
    public void Datasets_RowsDescribingARecordedExercise_AreNotCountedTwice()
    {
        var events = s_record.Value.Events;

        // Peace Mission 2005 is curated; MME and JME describe it too.
        Assert.All(events.Where(e => e.Origin.IsDataset && e.Start.Year == 2005 && e.Involves(["CHN", "RUS"])),
            e => Assert.Equal("ex-2005-peace-mission", e.DuplicateOf));

        // The Russia list's two "Joint Sea 2015" rows are the two curated phases.
        var js2015 = events.Where(e => e.Origin.Label == "russia-2009-2018" && e.Start.Year == 2015 && e.Involves(["CHN", "RUS"])).Select(e => e.DuplicateOf).Order().ToList();
        Assert.Equal(["ex-2015-joint-sea-1", "ex-2015-joint-sea-2"], js2015);

        // Peace Mission 2007 is only in the datasets: MME's row counts, JME's is its duplicate.
        var pm2007 = events.Single(e => e.Origin.Label == "mme-v7" && e.Name == "Peace Mission 2007");
        Assert.Null(pm2007.DuplicateOf);
        Assert.Contains(events, e => e.Origin.Label == "jme-v3" && e.DuplicateOf == pm2007.Id);
    }

    [Fact]
    public void Datasets_UsUkExercises_AreEveryMmeRowNamingBoth()
    {
        // Counted from the file itself, so the reader is not checked with itself.
        var inFile = 0;
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(RealDataDatabase.Instance.DataDir, ExerciseDatasetReader.MmeFile)))
        {
            var stateColumns = reader.Header.ColNames.Where(c => c.StartsWith("State", StringComparison.Ordinal)).ToArray();
            foreach (var row in reader)
            {
                var names = new List<string>();
                foreach (var c in stateColumns)
                {
                    names.Add(row[c].ToString().Trim());
                }

                inFile += names.Contains("United States") && names.Contains("United Kingdom") ? 1 : 0;
            }
        }

        var usUk = s_record.Value.Events.Where(e => e.Involves(["USA", "GBR"])).ToList();

        Assert.True(inFile > 0);
        Assert.Equal(inFile, usUk.Count(e => e.Origin.Label == ExerciseDataset.Mme.Label));
        Assert.Contains(usUk, e => e.Origin.Label == ExerciseDataset.Jme.Label && e.DuplicateOf is null);
        Assert.Contains(usUk, e => e.Origin.Label == ExerciseDataset.Jme.Label && e.DuplicateOf is not null);
    }

    [Fact]
    public void Datasets_ChinaRussiaRows_AreMatchedAsWhenOnlyTheirRowsWereRead()
    {
        // Before every pair was read, only the rows with both China and Russia were read and matched: reading the rest
        // must not change which of those rows count, nor what they are matched to.
        var curated = s_record.Value.Events.Where(e => !e.Origin.IsDataset).ToList();
        var theirRows = new ExerciseDatasetReader(StateRegistry.Default).Read(RealDataDatabase.Instance.DataDir).Events.Where(e => e.Involves(["CHN", "RUS"])).ToList();
        var alone = ExerciseMatcher.Merge(curated, theirRows).Where(e => e.Origin.IsDataset).Select(e => (e.Id, e.DuplicateOf)).Order().ToList();

        var withAll = ChinaRussiaExercises.Where(e => e.Origin.IsDataset).Select(e => (e.Id, e.DuplicateOf)).Order().ToList();

        Assert.NotEmpty(alone);
        Assert.Equal(alone, withAll);
    }

    [Fact]
    public void Coverage_OfTheRealDatasets_IsTheirPeriods()
    {
        var coverage = ExerciseCoverage.Of(s_record.Value.Events);

        // The data README: MME start years 1980–2010, JME 1974–2010 (one row typed as 2015 is left out), the Russia list 2009–2018.
        Assert.Equal([("mme-v7", 1980, 2010), ("jme-v3", 1974, 2010), ("russia-2009-2018", 2009, 2018)], coverage.Select(c => (c.Dataset.Label, c.FirstYear, c.LastYear)));
    }

    [Fact]
    public void UserFolder_IsReadBesideTheCuratedRecord()
    {
        var record = RecordBuilder.ReadForumRecord(RealDataDatabase.Instance.DataDir, StateRegistry.Default, TempDirectory.FixturePath(Path.Combine("forums", "valid")));

        Assert.Contains(record.Events, e => e.Id == "fx-summit" && e.Origin.Label == RecordOrigin.User);
        Assert.Contains(record.Events, e => e.Id == "ex-2012-joint-sea" && e.Origin.Label == RecordOrigin.Curated);
        Assert.NotNull(record.FindForum("FXF"));
    }

    [Fact]
    public void ChinaRussiaExercises_MultinationalDrillsBothJoined_AreNotCountedAsBilateral()
    {
        // Given the China-Russia exercises counted in the record (dataset rows matched to a recorded one left out)
        var counted = ChinaRussiaExercises.Where(e => e.DuplicateOf is null).ToList();

        // When they are split by how many states took part
        var bilateral = counted.Where(e => e.IsBilateral).ToList();
        var multinational = counted.Where(e => e.StatesTakingPart > 2).ToList();

        // Then every one is one or the other, and the multinational ones include the 9-state Kuwait drill of 1996 (JME)
        // and the 24-state Angkor Sentinel 2010 (MME), which are not ties between the two
        Assert.Equal(counted.Count, bilateral.Count + multinational.Count);
        Assert.Contains(multinational, e => e.Name == "Final Settlement" && e.StatesTakingPart == 9);
        Assert.Contains(multinational, e => e.Name == "Angkor Sentinel 2010" && e.StatesTakingPart == 24);
        Assert.DoesNotContain(bilateral, e => e.Series == "Peace Mission" && e.Participants.Contains("KAZ"));
        Assert.True(bilateral.Count >= 20 && multinational.Count >= 15, $"{bilateral.Count} bilateral, {multinational.Count} multinational");
    }
}
