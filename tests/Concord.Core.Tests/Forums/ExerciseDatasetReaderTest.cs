using Concord.Forums;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Forums;

/// <summary>The exercise datasets are read for every pair of states, on the hand-made rows of tests/fixtures/exercises.</summary>
public sealed class ExerciseDatasetReaderTest
{
    private static readonly Lazy<ExerciseRows> s_rows = new(() => new ExerciseDatasetReader(StateRegistry.Default).Read(TempDirectory.FixturePath("exercises")));

    private static List<BilateralEvent> Merged => ExerciseMatcher.Merge([], s_rows.Value.Events);

    [Fact]
    public void UsUkExercises_AreReadFromAllThreeDatasets()
    {
        var usUk = s_rows.Value.Events.Where(e => e.Involves(["USA", "GBR"])).Select(e => e.Name).ToList();

        Assert.Equal(["Iron Anvil 2004", "Sea Lance 2004", "Iron Anvil 04", "Green Harbor", "Green Harbor", "Морской щит-2012"], usUk);
    }

    [Fact]
    public void UsUkEvents_CountEachExerciseOnce()
    {
        var counted = Merged.Where(e => e.Involves(["USA", "GBR"]) && e.DuplicateOf is null).Select(e => e.Id).ToList();

        // The two MME rows of the same weeks are two exercises; JME's Iron Anvil is MME's, its second Green Harbor its first.
        Assert.Equal(["mme-v7:mme9001:2", "mme-v7:mme9002:3", "jme-v3:3", "russia-2009-2018:2"], counted);
        Assert.Equal("mme-v7:mme9001:2", Merged.Single(e => e.Id == "jme-v3:2").DuplicateOf);
        Assert.Equal("jme-v3:3", Merged.Single(e => e.Id == "jme-v3:4").DuplicateOf);
    }

    [Fact]
    public void Participants_AreEveryStateOfTheRow_WithRussiaAddedToTheRussiaList()
    {
        var byId = s_rows.Value.Events.ToDictionary(e => e.Id);

        Assert.Equal(["GBR", "NLD", "USA"], byId["mme-v7:mme9001:2"].Participants);
        Assert.Equal(["CAN", "USA"], byId["mme-v7:mme9005:6"].Participants);
        Assert.Equal(["DDR", "SUN"], byId["mme-v7:mme9003:4"].Participants);
        Assert.Equal(["IND", "RUS"], byId["russia-2009-2018:1"].Participants);
        Assert.Equal(["GBR", "RUS", "USA"], byId["russia-2009-2018:2"].Participants);
    }

    [Fact]
    public void RowsWithOneStateOrAnUnreadableDate_AreLeftOutWithTheReason()
    {
        var leftOut = s_rows.Value.LeftOut;

        Assert.Equal(2, leftOut.Count);
        Assert.Contains(leftOut, l => l.StartsWith(ExerciseDatasetReader.MmeFile + ":5: USA is the only participant", StringComparison.Ordinal));
        Assert.Contains(leftOut, l => l.StartsWith(ExerciseDatasetReader.JmeFile + ":5: start date '03/05/3009'", StringComparison.Ordinal));
    }

    [Fact]
    public void Coverage_IsTheYearsEachDatasetsRowsSpan()
    {
        var coverage = ExerciseCoverage.Of(s_rows.Value.Events);

        Assert.Equal([("mme-v7", 1988, 2004, 4), ("jme-v3", 2004, 2004, 3), ("russia-2009-2018", 2012, 2012, 2)],
            coverage.Select(c => (c.Dataset.Label, c.FirstYear, c.LastYear, c.Rows)));
    }
}
