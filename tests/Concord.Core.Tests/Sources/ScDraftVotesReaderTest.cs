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
