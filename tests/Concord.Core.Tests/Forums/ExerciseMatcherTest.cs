using Concord.Domain;
using Concord.Forums;

namespace Concord.Tests.Forums;

/// <summary>Dataset exercises join the record only when no recorded exercise describes them.</summary>
public sealed class ExerciseMatcherTest
{
    private static BilateralEvent Exercise(string id, string start, string? end, string origin, string? series = null, params string[] participants)
    {
        PartialDate.TryParse(start, out var s);
        PartialDate? e = end is not null && PartialDate.TryParse(end, out var x) ? x : null;
        return new BilateralEvent(id, EventKind.Exercise, id, series, s, e, participants.Length == 0 ? ["CHN", "RUS"] : participants, null, null,
            new SourceCitation("p", "t", s, null), new RecordOrigin(origin, "f.csv", 2));
    }

    [Fact]
    public void DatedRowsOverlappingWithinAWeek_AreTheSameExercise()
    {
        var curated = Exercise("pm-2005", "2005-08", null, RecordOrigin.Curated, "Peace Mission");
        var mme = Exercise("mme", "2005-08-18", "2005-08-25", "mme-v7");
        var jmeLater = Exercise("jme", "2005-09-15", null, "jme-v3");

        var all = ExerciseMatcher.Merge([curated], [mme, jmeLater]);

        Assert.Equal("pm-2005", all.Single(e => e.Id == "mme").DuplicateOf);
        Assert.Null(all.Single(e => e.Id == "jme").DuplicateOf);
    }

    [Fact]
    public void YearOnlyRows_PairOneToOneBySeries()
    {
        var phase1 = Exercise("js-2015-1", "2015-05", null, RecordOrigin.Curated, "Joint Sea");
        var phase2 = Exercise("js-2015-2", "2015-08", null, RecordOrigin.Curated, "Joint Sea");
        var rows = new[] { Exercise("ru-a", "2015", null, "russia", "Joint Sea"), Exercise("ru-b", "2015", null, "russia", "Joint Sea"), Exercise("ru-c", "2015", null, "russia", "Joint Sea") };

        var all = ExerciseMatcher.Merge([phase1, phase2], rows);

        Assert.Equal(["js-2015-1", "js-2015-2", null], all.Where(e => e.Origin.Label == "russia").Select(e => e.DuplicateOf));
    }

    [Fact]
    public void YearOnlyRow_WithTheSameThreeOrMoreParticipants_IsTheSameExercise()
    {
        var mme = Exercise("mme", "2010-08-24", "2010-08-25", "mme-v7", null, "CHN", "JPN", "KOR", "RUS", "USA");
        var ru = Exercise("ru", "2010", null, "russia", null, "CHN", "JPN", "KOR", "RUS", "USA");
        var bilateral = Exercise("ru-2", "2010", null, "russia");

        var all = ExerciseMatcher.Merge([], [mme, ru, bilateral]);

        Assert.Equal("mme", all.Single(e => e.Id == "ru").DuplicateOf);
        Assert.Null(all.Single(e => e.Id == "ru-2").DuplicateOf);
    }

    [Fact]
    public void RowsOfAListOfDistinctExercises_AreNotMatchedWithEachOther()
    {
        var a = Exercise("Iron Anvil", "2004-06-01", "2004-06-10", "mme-v7", null, "GBR", "USA");
        var b = Exercise("Iron Anvil II", "2004-06-05", "2004-06-12", "mme-v7", null, "GBR", "USA");

        var all = ExerciseMatcher.Merge([], [a, b]);

        Assert.All(all, e => Assert.Null(e.DuplicateOf));
    }

    [Fact]
    public void RowsOfAWorksheetThatRepeatsRows_AreMatchedWithEachOther()
    {
        var a = Exercise("Green Harbor", "2004-06-06", "2004-06-11", "jme-v3", null, "GBR", "USA");
        var b = Exercise("Green Harbor", "2004-06-07", "2004-06-11", "jme-v3", null, "GBR", "USA");

        var all = ExerciseMatcher.Merge([], [a, b]);

        Assert.Equal("Green Harbor", all[1].DuplicateOf);
    }

    [Fact]
    public void Row_IsNotADuplicateOfAnExerciseThatLacksOneOfItsStates()
    {
        // Were it one, the exercise would drop out of the row's China-Russia count, where the kept row is not found.
        var mme = Exercise("Cooperation 2003", "2003-08-06", "2003-08-12", "mme-v7", null, "KAZ", "KGZ", "RUS", "TJK");
        var jme = Exercise("Cooperation 2003 SCO", "2003-08-06", "2003-08-12", "jme-v3", null, "CHN", "KAZ", "KGZ", "RUS");

        var all = ExerciseMatcher.Merge([], [mme, jme]);

        Assert.Null(all.Single(e => e.Id == "Cooperation 2003 SCO").DuplicateOf);
    }

    [Fact]
    public void Row_NamingHalfOrLessOfALargerExercisesStates_IsNotADuplicate()
    {
        var large = Exercise("Pacific Shield", "2007-10-13", "2007-10-20", "mme-v7", null, "AUS", "FRA", "NZL", "USA");
        var half = Exercise("Pacific", "2007-10-14", "2007-10-18", "jme-v3", null, "AUS", "NZL");
        var most = Exercise("Pacific Shield 07", "2007-10-14", "2007-10-18", "jme-v3", null, "AUS", "NZL", "USA");

        var all = ExerciseMatcher.Merge([], [large, half, most]);

        Assert.Null(all.Single(e => e.Id == "Pacific").DuplicateOf);
        Assert.Equal("Pacific Shield", all.Single(e => e.Id == "Pacific Shield 07").DuplicateOf);
    }

    [Theory]
    [InlineData("Gold Eagle 06", "RIMPAC 2006", false)]
    [InlineData("Trade Winds 89", "Tradewinds 89", true)]
    [InlineData("Talon-Vision 02", "Talon Vision 02", true)]
    [InlineData("unnamed exercise", "Indra 2003", true)]
    public void OverlappingNamedRows_AreOneExerciseOnlyWhenTheNamesAgree(string first, string second, bool same)
    {
        var a = Exercise(first, "2006-06-26", "2006-07-28", "mme-v7", null, "AUS", "USA");
        var b = Exercise(second, "2006-07-01", "2006-07-10", "jme-v3", null, "AUS", "USA");

        var all = ExerciseMatcher.Merge([], [a, b]);

        Assert.Equal(same ? first : null, all[1].DuplicateOf);
    }

    [Fact]
    public void DatedRowsOfTheSameYearAndStates_ThatDoNotOverlap_AreTwoExercises()
    {
        var spring = Exercise("Fincastle 08", "2008-04-01", "2008-04-20", "mme-v7", null, "AUS", "CAN", "GBR", "NZL", "USA");
        var autumn = Exercise("Cooperative Spirit 2008", "2008-11-03", "2008-11-14", "jme-v3", null, "AUS", "CAN", "GBR", "NZL", "USA");

        var all = ExerciseMatcher.Merge([], [spring, autumn]);

        Assert.All(all, e => Assert.Null(e.DuplicateOf));
    }

    [Theory]
    [InlineData("Мирная миссия-2013", "Peace Mission")]
    [InlineData("Морское взаимодействе-2014", "Joint Sea")]
    [InlineData("Peace mission 2010", "Peace Mission")]
    [InlineData("Норак-Антитеррор-2009", "Norak-Antiterror")]
    [InlineData("Angkor Sentinel 2010", null)]
    public void SeriesOf_ReadsEnglishAndRussianNames(string name, string? series) => Assert.Equal(series, ExerciseDatasetReader.SeriesOf(name));
}
