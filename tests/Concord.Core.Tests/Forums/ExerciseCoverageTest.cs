using Concord.Forums;

namespace Concord.Tests.Forums;

/// <summary>The coverage note says which exercise datasets cover the asked states, and when.</summary>
public sealed class ExerciseCoverageTest
{
    private static readonly ExerciseCoverage[] s_all =
    [
        new(ExerciseDataset.Mme, 1980, 2010, 1),
        new(ExerciseDataset.Jme, 1974, 2010, 1),
        new(ExerciseDataset.RussiaList, 2009, 2018, 1),
    ];

    [Fact]
    public void PairWithRussia_IsCoveredByAllThree_AndCuratedOnlyOutsideTheirYears()
    {
        Assert.Equal(
            "Exercise datasets for CHN, RUS: MME v7 covers 1980–2010, JME v3 1974–2010, the Russia list 2009–2018. Outside 1974–2018, only curated rows are on record.",
            ExerciseCoverage.Describe(s_all, ["CHN", "RUS"]));
    }

    [Fact]
    public void PairWithoutRussia_HasOnlyTheRussiaListsExercisesWithRussia()
    {
        Assert.Equal(
            "Exercise datasets for USA, GBR: MME v7 covers 1980–2010, JME v3 1974–2010; the Russia list covers 2009–2018 but only exercises in which RUS took part. "
            + "Outside 1974–2010, only curated rows and the Russia list's exercises with RUS are on record.",
            ExerciseCoverage.Describe(s_all, ["USA", "GBR"]));
    }

    [Fact]
    public void YearsWithAGap_AreNamedAsTwoRanges()
    {
        ExerciseCoverage[] split = [new(ExerciseDataset.Mme, 1980, 1990, 1), new(ExerciseDataset.Jme, 1995, 2000, 1)];

        Assert.Equal(
            "Exercise datasets for USA, GBR: MME v7 covers 1980–1990, JME v3 1995–2000. Outside 1980–1990 and 1995–2000, only curated rows are on record.",
            ExerciseCoverage.Describe(split, ["USA", "GBR"]));
    }

    [Fact]
    public void OnlyTheRussiaList_ForAPairWithoutRussia_LeavesEveryOtherExerciseCurated()
    {
        Assert.Equal(
            "Exercise datasets for USA, GBR: the Russia list covers 2009–2018 but only exercises in which RUS took part. Other exercises on record are curated rows only.",
            ExerciseCoverage.Describe([s_all[2]], ["USA", "GBR"]));
    }

    [Fact]
    public void NoDataset_SaysSo()
    {
        Assert.Equal("Exercise datasets for USA, GBR: none is in this database, so the exercises on record are curated rows only.", ExerciseCoverage.Describe([], ["USA", "GBR"]));
    }
}
