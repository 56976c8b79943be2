using Concord.Domain;
using Concord.Forums;
using Concord.Questions.Forums;

namespace Concord.Tests.Questions;

/// <summary>The events question's rules on a hand-made record: which events count, and which years a series runs over.</summary>
public sealed class EventsQuestionTest
{
    private static BilateralEvent Event(string id, EventKind kind, string start, string origin = RecordOrigin.Curated, string? duplicateOf = null, params string[] participants)
    {
        PartialDate.TryParse(start, out var s);
        return new BilateralEvent(id, kind, id, null, s, null, participants.Length == 0 ? ["CHN", "RUS"] : participants, null, null,
            new SourceCitation("p", "t", s, null), new RecordOrigin(origin, "f.csv", 2), duplicateOf);
    }

    // The events record runs from 1999 (an India–Russia meeting) to 2012; China and Russia have exercises in 2003 and
    // 2005 (one of them found again in a dataset) and a treaty in 2001.
    private static readonly ForumRecord s_record = new([], [], [], [],
    [
        Event("meet-1999", EventKind.Meeting, "1999-05", participants: ["IND", "RUS"]),
        Event("treaty-2001", EventKind.Treaty, "2001-07-16"),
        Event("ex-2003", EventKind.Exercise, "2003-08"),
        Event("ex-2005", EventKind.Exercise, "2005-08-18"),
        Event("mme-2005", EventKind.Exercise, "2005-08-20", "mme-v7", duplicateOf: "ex-2005"),
        Event("jme-2005", EventKind.Exercise, "2005-10", "jme-v3"),
        Event("meet-2012", EventKind.Meeting, "2012", participants: ["CHN", "IND"]),
    ]);

    private static EventsQuestion.Request ByYear(EventKind? kind, int? from = null, int? to = null) =>
        new(["CHN", "RUS"], kind, ByYear: true, from, to, "all", WithDuplicates: false);

    [Fact]
    public void ByYear_WithoutARange_RunsOverTheEventsRecord_NotOverTheMatches()
    {
        var answer = EventsQuestion.Run(s_record, ByYear(EventKind.Exercise));

        // 1999 to 2012, zeros at both ends, although the exercises run 2003 to 2005
        Assert.Equal(Enumerable.Range(1999, 14), answer.Years!.Select(y => y.Year));
        Assert.Equal((1999, 2012), (answer.FirstYear, answer.LastYear));
        Assert.Equal([0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0], answer.Years!.Select(y => y.Events));
    }

    [Fact]
    public void ByYear_TwoSeries_LineUpYearByYear()
    {
        var exercises = EventsQuestion.Run(s_record, ByYear(EventKind.Exercise));
        var treaties = EventsQuestion.Run(s_record, ByYear(EventKind.Treaty));

        Assert.Equal(exercises.Years!.Select(y => y.Year), treaties.Years!.Select(y => y.Year));
    }

    [Fact]
    public void ByYear_WithARange_RunsOverEveryYearAsked_EvenBeyondTheRecord()
    {
        var answer = EventsQuestion.Run(s_record, ByYear(EventKind.Exercise, 2004, 2015));

        Assert.Equal(Enumerable.Range(2004, 12), answer.Years!.Select(y => y.Year));
        Assert.Equal(2, answer.Counted);
    }

    [Fact]
    public void ByYear_ADatasetRowOfARecordedExercise_CountsOnce_AndANewOne_AsADataset()
    {
        var y2005 = EventsQuestion.Run(s_record, ByYear(EventKind.Exercise)).Years!.Single(y => y.Year == 2005);

        Assert.Equal((2, 1, 1), (y2005.Events, y2005.Curated, y2005.Datasets));
        Assert.Equal(["ex-2005", "jme-2005"], y2005.Names);
    }

    [Fact]
    public void Listed_WithDuplicates_ShowsTheMatchedRow_ButDoesNotCountIt()
    {
        var request = new EventsQuestion.Request(["CHN", "RUS"], EventKind.Exercise, ByYear: false, 2005, 2005, "all", WithDuplicates: true);

        var answer = EventsQuestion.Run(s_record, request);

        Assert.Equal(["ex-2005", "mme-2005", "jme-2005"], answer.Listed.Select(e => e.Id));
        Assert.Equal((2, 1), (answer.Counted, answer.Matched));
    }

    [Fact]
    public void Source_Datasets_KeepsOnlyTheDatasetsOwnEvents()
    {
        var request = new EventsQuestion.Request([], null, ByYear: false, null, null, "datasets", WithDuplicates: false);

        Assert.Equal(["jme-2005"], EventsQuestion.Run(s_record, request).Listed.Select(e => e.Id));
    }

    [Fact]
    public void Exercises_BilateralAndMultinational_AreTwoCounts()
    {
        // Given China-Russia exercises held by the two alone, one a 9-state drill both joined (Kuwait 1996), one an SCO
        // drill, and one dataset row naming Russia twice beside China
        var record = new ForumRecord([], [], [], [],
        [
            Event("ex-1996", EventKind.Exercise, "1996-04-13", "jme-v3", participants: ["CHN", "EGY", "FRA", "GBR", "ITA", "KWT", "RUS", "SYR", "USA"]),
            Event("ex-2005", EventKind.Exercise, "2005-08-18"),
            Event("ex-2012", EventKind.Exercise, "2012-06-09", participants: ["CHN", "KAZ", "KGZ", "RUS", "TJK"]),
            Event("ex-2013", EventKind.Exercise, "2013-07-05"),
            Event("mme-2009", EventKind.Exercise, "2009-07-22", "mme-v7", participants: ["CHN", "RUS", "RUS"]),
        ]);

        // When they are counted, in all and by year
        var all = EventsQuestion.Run(record, new(["CHN", "RUS"], EventKind.Exercise, ByYear: false, null, null, "all", WithDuplicates: false));
        var byYear = EventsQuestion.Run(record, ByYear(EventKind.Exercise));

        // Then the multinational ones are counted apart from the bilateral ones, and the two add up to the whole
        Assert.Equal((5, 3, 2), (all.Counted, all.Bilateral, all.Multinational));
        Assert.Equal(["multinational", "bilateral", "bilateral", "multinational", "bilateral"], all.Listed.Select(e => e.Scope));
        Assert.Equal(1, byYear.Years!.Single(y => y.Year == 1996).Multinational);
        Assert.Equal(0, byYear.Years!.Single(y => y.Year == 1996).Bilateral);
        Assert.All(byYear.Years!, y => Assert.Equal(y.Events, y.Bilateral + y.Multinational));
    }

    [Fact]
    public void Exercises_TheTableStatesBothCounts()
    {
        var table = EventsQuestion.ToTable(EventsQuestion.Run(s_record, new(["CHN", "RUS"], EventKind.Exercise, ByYear: false, null, null, "all", WithDuplicates: false)));

        Assert.Equal(3, table.Facts.Single(f => f.Key == "bilateral").Value);
        Assert.Equal(0, table.Facts.Single(f => f.Key == "multinational").Value);
        Assert.Contains("scope", table.Columns);
    }
}
