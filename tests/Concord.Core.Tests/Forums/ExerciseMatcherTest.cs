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

    [Theory]
    [InlineData("Мирная миссия-2013", "Peace Mission")]
    [InlineData("Морское взаимодействе-2014", "Joint Sea")]
    [InlineData("Peace mission 2010", "Peace Mission")]
    [InlineData("Норак-Антитеррор-2009", "Norak-Antiterror")]
    [InlineData("Angkor Sentinel 2010", null)]
    public void SeriesOf_ReadsEnglishAndRussianNames(string name, string? series) => Assert.Equal(series, ExerciseDatasetReader.SeriesOf(name));
}
