using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class VetoListReaderTest
{
    private const string DhlHeader = "date,draft,written_record,agenda_item,permanent_member_casting_negative_vote\n";
    private const string WpdlHeader = "year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3,single_veto,multiple_vetoes,China,France,Russia,USSR,USA,UK,russia_china,usa_uk,usa_france,usa_france_uk,france_uk\n";

    [Fact]
    public void ReadDhl_SplitsVetoersAndKeepsTheFirstDayOfARange()
    {
        // Given a DHL list with a double veto and a two-day meeting
        using var dir = new TempDirectory();
        dir.Write(VetoListReader.DhlFile, DhlHeader
            + "26 May 2022,S/2022/431,S/PV.9048,Non-proliferation,China | Russian Federation\n"
            + "27-28 October 1983,S/16077/Rev.1 (as amended),S/PV.2491,Grenada,United States\n");

        // When it is read
        var batch = new VetoListReader(StateRegistry.Default).ReadDhl(dir.Path);

        // Then vetoers are resolved and the first day of the range kept
        Assert.Equal(2, batch.Decisions.Count);
        var first = batch.Decisions[0];
        Assert.Equal("S/2022/431", first.Symbol);
        Assert.Equal("S/2022/431", first.Draft);
        Assert.Equal(DecisionKind.Draft, first.Kind);
        Assert.Equal(DecisionOutcome.Vetoed, first.Outcome);
        Assert.Equal(new DateOnly(2022, 5, 26), first.Date);
        Assert.Equal(["CHN", "RUS"], first.Vetoers);
        var second = batch.Decisions[1];
        Assert.Equal(new DateOnly(1983, 10, 27), second.Date);
        Assert.Equal("S/16077/REV.1", second.Symbol);
        Assert.Equal(["USA"], second.Vetoers);
    }

    [Fact]
    public void ReadDhl_NoVetoer_ThrowsMalformedSource()
    {
        // Given a DHL row on line 3 naming no vetoing member
        using var dir = new TempDirectory();
        dir.Write(VetoListReader.DhlFile, DhlHeader
            + "26 May 2022,S/2022/431,S/PV.9048,Non-proliferation,China\n"
            + "25 February 2022,S/2022/155,S/PV.8979,Ukraine,\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new VetoListReader(StateRegistry.Default).ReadDhl(dir.Path));

        // Then the file, line and vetoer field are named
        Assert.Equal(VetoListReader.DhlFile, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("permanent_member_casting_negative_vote", e.Field);
    }

    [Fact]
    public void ReadWpdl_EarlyProceduralVeto_IsKeyedByItsMeetingRecordAndUssr()
    {
        // Given a WPDL row of 1946 whose draft is a meeting record
        using var dir = new TempDirectory();
        dir.Write(VetoListReader.WpdlFile, WpdlHeader
            + "1946,2/16/1946,2,S/PV.23,S/PV.23,Letter from Lebanon and Syria,Lebanon,Middle East,USSR,,,1,0,0,0,0,1,0,0,0,0,0,0,0\n");

        // When it is read
        var d = Assert.Single(new VetoListReader(StateRegistry.Default).ReadWpdl(dir.Path).Decisions);

        // Then it is a procedural veto by the USSR
        Assert.Equal(DecisionKind.Procedural, d.Kind);
        Assert.Equal("S/PV.23", d.Symbol);
        Assert.Equal(new DateOnly(1946, 2, 16), d.Date);
        Assert.Equal(["SUN"], d.Vetoers);
        Assert.Equal("Lebanon", d.Title);
    }

    [Fact]
    public void ReadWpdl_NoVetoer_ThrowsMalformedSource()
    {
        // Given a WPDL row naming no vetoing member
        using var dir = new TempDirectory();
        dir.Write(VetoListReader.WpdlFile, WpdlHeader
            + "1946,2/16/1946,2,S/PV.23,S/PV.23,Letter,Lebanon,Middle East,,,,1,0,0,0,0,1,0,0,0,0,0,0,0\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new VetoListReader(StateRegistry.Default).ReadWpdl(dir.Path));

        // Then the first vetoer field is named
        Assert.Equal(VetoListReader.WpdlFile, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("member_veto1", e.Field);
    }

    [Fact]
    public void ReadWpdl_BadDate_ThrowsMalformedSource()
    {
        // Given a WPDL row with a day-first date
        using var dir = new TempDirectory();
        dir.Write(VetoListReader.WpdlFile, WpdlHeader
            + "1946,16/2/1946,2,S/PV.23,S/PV.23,Letter,Lebanon,Middle East,USSR,,,1,0,0,0,0,1,0,0,0,0,0,0,0\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new VetoListReader(StateRegistry.Default).ReadWpdl(dir.Path));

        // Then the date field is named
        Assert.Equal(2, e.Line);
        Assert.Equal("date", e.Field);
    }
}
