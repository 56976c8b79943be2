using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class ScDraftVotesReaderTest
{
    private const string Header = "Year,Date_as_published,Date_corrected,Resolution,Meeting,Draft,Agenda item,Category,Region,Submitted by,Outcome results,Vote,Member State,ID,Membership_Status,Topic\n";

    private static SourceBatch Read(string rows)
    {
        using var dir = new TempDirectory();
        dir.Write(ScDraftVotesReader.File, Header + rows);
        return new ScDraftVotesReader(StateRegistry.Default).Read(dir.Path);
    }

    [Fact]
    public void Read_GroupsRowsById_UsingTheCorrectedDate()
    {
        // Given two member rows of one adopted resolution whose published date has day and month swapped
        var rows = "1994,1994-06-01,1994-01-06,893 (1994),3326,S/1994/11,Rwanda,Country,Africa,President,Adopted unanimously,Yes,Brazil,1,Other,Rwanda\n"
            + "1994,1994-06-01,1994-01-06,893 (1994),3326,S/1994/11,Rwanda,Country,Africa,President,Adopted unanimously,Abstain,China,1,Permanent,Rwanda\n";

        // When it is read
        var d = Assert.Single(Read(rows).Decisions);

        // Then one decision with the corrected date, symbol, meeting and counted tally
        Assert.Equal("S/RES/893(1994)", d.Symbol);
        Assert.Equal(new DateOnly(1994, 1, 6), d.Date);
        Assert.Equal("S/PV.3326", d.Meeting);
        Assert.Equal("S/1994/11", d.Draft);
        Assert.Equal(DecisionOutcome.Adopted, d.Outcome);
        Assert.Equal(new Tally(1, 0, 1), d.Tally);
        Assert.Equal(2, d.Votes.Count);
    }

    [Fact]
    public void Read_VetoedDraft_IsKeyedByItsDraftSymbol()
    {
        // Given a vetoed draft with no resolution number
        var rows = "2022,2022-05-26,2022-05-26,,9048,S/2022/431,Non-proliferation,Thematic,Asia,USA,Not adopted - veto,No,China,2,Permanent,DPRK\n";

        // When it is read
        var d = Assert.Single(Read(rows).Decisions);

        // Then its symbol is the draft's and it is a vetoed draft
        Assert.Equal("S/2022/431", d.Symbol);
        Assert.Equal(DecisionKind.Draft, d.Kind);
        Assert.Equal(DecisionOutcome.Vetoed, d.Outcome);
        Assert.Equal(Vote.No, d.Votes[0].Vote);
        Assert.Equal("CHN", d.Votes[0].State);
    }

    private static string Row(string date, string resolution, string meeting, string draft, string agenda, string outcome, string vote, string member, int id) =>
        $"{date[..4]},{date},{date},{resolution},{meeting},{draft},{agenda},Country,Europe,X,{outcome},{vote},{member},{id},Permanent,T\n";

    [Fact]
    public void Read_TextsVotedWhereADraftNumberedBelowThemWasAdopted_AreAmendments()
    {
        // Given 24 Feb 2025: S/RES/2774(2025) adopted from S/2025/112, and S/2025/115 (vetoed) and S/2025/117 (failed)
        // voted at the same meeting on the same item, none said to be an amendment by the file
        const string ukraine = "Maintenance of peace and security of Ukraine";
        var rows = Row("2025-02-24", "S/RES/2774(2025)", "S/PV.9866", "S/2025/112", ukraine, "Adopted by majority", "Yes", "France", 2000)
            + Row("2025-02-24", "", "9866", "S/2025/115", ukraine, "Not adopted - veto", "No", "Russian Federation", 2006)
            + Row("2025-02-24", "", "9866", "S/2025/117", ukraine, "Not adopted - failed to receive required number of votes", "Yes", "Russian Federation", 2001)
            // And 21 Dec 2023: S/2023/1023 adopted without a resolution number beside S/RES/2719(2023) from S/2023/999
            + Row("2023-12-21", "", "S/PV.9518", "S/2023/1023", "Cooperation", "Adopted by majority", "Yes", "France", 1928)
            + Row("2023-12-21", "S/RES/2719 (2023)", "S/PV.9518", "S/2023/999", "Cooperation", "Adopted unanimously", "Yes", "France", 1929);

        // When it is read
        var byDraft = Read(rows).Decisions.ToDictionary(d => d.Draft!);

        // Then the texts numbered above the adopted draft are amendments, under their own symbols; the resolutions stay
        Assert.Equal(DecisionKind.Resolution, byDraft["S/2025/112"].Kind);
        Assert.Equal((DecisionKind.Amendment, DecisionOutcome.Vetoed, "S/2025/115"), (byDraft["S/2025/115"].Kind, byDraft["S/2025/115"].Outcome, byDraft["S/2025/115"].Symbol));
        Assert.Equal(DecisionKind.Amendment, byDraft["S/2025/117"].Kind);
        Assert.Equal((DecisionKind.Amendment, DecisionOutcome.Adopted, "S/2023/1023"), (byDraft["S/2023/1023"].Kind, byDraft["S/2023/1023"].Outcome, byDraft["S/2023/1023"].Symbol));
        Assert.Equal(DecisionKind.Resolution, byDraft["S/2023/999"].Kind);
    }

    [Fact]
    public void Read_CompetingDraftsAndADraftNumberedBelowTheAdoptedOne_StayDrafts()
    {
        // Given competing drafts of one meeting, both not adopted (S/2019/186 vetoed, S/2019/190 failed), and a draft
        // vetoed at the meeting that adopted a later-numbered one (S/2018/156 beside S/RES/2402(2018) from S/2018/157)
        var rows = Row("2019-02-28", "", "8476", "S/2019/190", "Venezuela", "Not adopted - failed to receive required number of votes", "Yes", "Russian Federation", 1628)
            + Row("2019-02-28", "", "8476", "S/2019/186", "Venezuela", "Not adopted - veto", "No", "Russian Federation", 1629)
            + Row("2018-02-26", "2402 (2018)", "8190", "S/2018/157", "Yemen", "Adopted unanimously", "Yes", "France", 1564)
            + Row("2018-02-26", "", "8190", "S/2018/156", "Yemen", "Not adopted - veto", "No", "Russian Federation", 1565);

        var byDraft = Read(rows).Decisions.ToDictionary(d => d.Draft!);

        Assert.Equal(DecisionKind.Draft, byDraft["S/2019/190"].Kind);
        Assert.Equal(DecisionKind.Draft, byDraft["S/2019/186"].Kind);
        Assert.Equal(DecisionKind.Draft, byDraft["S/2018/156"].Kind);
    }

    [Fact]
    public void Read_ATextTheUnNamesAnAmendment_IsAnAmendmentThoughTheFileCannotTell()
    {
        // Given Russia's S/2023/775, an amendment to Brazil's S/2023/773 (Reference/sc_amendments.csv), which was vetoed
        const string item = "\"The situation in the Middle East, including the Palestinian question\"";
        var rows = Row("2023-10-18", "", "S/PV.9442", "S/2023/775", item, "Not adopted - failed to receive required number of votes", "Yes", "Russian Federation", 1902)
            + Row("2023-10-18", "", "S/PV.9442", "S/2023/773", item, "Not adopted - veto", "No", "United States", 1904);

        var byDraft = Read(rows).Decisions.ToDictionary(d => d.Draft!);

        Assert.Equal(DecisionKind.Amendment, byDraft["S/2023/775"].Kind);
        Assert.Equal(DecisionKind.Draft, byDraft["S/2023/773"].Kind);
    }

    [Fact]
    public void NamedAmendments_ReadEverySymbolOfTheReferenceTable()
    {
        var named = ScDraftVotesReader.ReadNamedAmendments("symbol,amends,date,source\nS/2023/775,S/2023/773,2023-10-18,\"UN document, 'amendments'\"\n");
        Assert.Equal(["S/2023/775"], named);
    }

    [Fact]
    public void Read_ResolutionNumberWithWrongYear_BecomesAnAlternateSymbol()
    {
        // Given an adopted resolution typed '425 (2002)' but voted in 2003
        var rows = "2003,2003-05-01,2003-05-01,425 (2002),4750,S/2003/500,Item,Country,Africa,President,Adopted unanimously,Yes,France,3,Permanent,T\n";

        // When it is read
        var d = Assert.Single(Read(rows).Decisions);

        // Then the resolution symbol is not established and the number is kept as an alternate
        Assert.Null(d.Symbol);
        Assert.Equal("S/RES/425(2003)", d.AlternateSymbol);
    }

    [Fact]
    public void Read_UnknownVote_ThrowsMalformedSource()
    {
        // Given a row on line 3 with vote 'Maybe'
        var rows = "1994,1994-06-01,1994-01-06,893 (1994),3326,S/1994/11,Rwanda,Country,Africa,President,Adopted unanimously,Yes,Brazil,1,Other,Rwanda\n"
            + "1994,1994-06-01,1994-01-06,893 (1994),3326,S/1994/11,Rwanda,Country,Africa,President,Adopted unanimously,Maybe,China,1,Permanent,Rwanda\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the file, line and Vote field are named
        Assert.Equal(ScDraftVotesReader.File, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("Vote", e.Field);
    }

    [Fact]
    public void Read_UnknownOutcome_ThrowsMalformedSource()
    {
        // Given a row whose outcome is not one the file uses
        var rows = "1994,1994-06-01,1994-01-06,893 (1994),3326,S/1994/11,Rwanda,Country,Africa,President,Postponed,Yes,Brazil,1,Other,Rwanda\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the outcome field is named
        Assert.Equal(2, e.Line);
        Assert.Equal("Outcome results", e.Field);
    }

    [Fact]
    public void Read_RaggedRow_ThrowsMalformedSource()
    {
        // Given a row with an extra field
        var rows = "1994,1994-06-01,1994-01-06,893 (1994),3326,S/1994/11,Rwanda,Country,Africa,President,Adopted unanimously,Yes,Brazil,1,Other,Rwanda,extra\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the row is refused
        Assert.Equal(ScDraftVotesReader.File, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("(row)", e.Field);
    }
}
