using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class UndlWideReaderTest
{
    private const string Header = "Council,Date,Title,Resolution,TOTAL VOTES,NO-VOTE COUNT,ABSENT COUNT,NO COUNT,YES COUNT,Link,token,UNITED STATES,USSR,RUSSIAN FEDERATION,CHINA,FRANCE\n";

    private static SourceBatch Read(string rows)
    {
        using var dir = new TempDirectory();
        dir.Write(UndlWideReader.File, "\uFEFF" + Header + rows);
        return new UndlWideReader(StateRegistry.Default).Read(dir.Path);
    }

    [Fact]
    public void Read_AbsentCountIsAbstentions_AndCellsMapToVotesByDate()
    {
        // Given a GA row of 1970 (CHINA is the ROC) with one abstention in ABSENT COUNT
        var rows = "General Assembly,1970-10-12,A title : resolution / adopted by the General Assembly,A/RES/2621 (XXV),5,1,1,1,2,l,77,Y,Y,,N,A\n";

        // When it is read
        var d = Assert.Single(Read(rows).Decisions);

        // Then the counts, the title and the date-dependent states come out right
        Assert.Equal("A/RES/2621(XXV)", d.Symbol);
        Assert.Equal("25", d.Session);
        Assert.Equal("A title", d.Title);
        Assert.Equal(new Tally(2, 1, 1, 1), d.Tally);
        Assert.Equal("77", d.UndlId);
        var votes = d.Votes.ToDictionary(v => v.State, v => v.Vote);
        Assert.Equal(Vote.Yes, votes["USA"]);
        Assert.Equal(Vote.Yes, votes["SUN"]);
        Assert.Equal(Vote.No, votes["TWN"]);
        Assert.Equal(Vote.Abstain, votes["FRA"]);
        Assert.Equal(4, d.Votes.Count);
    }

    [Fact]
    public void Read_AllNonVoting_IsAdoptedWithoutVote()
    {
        // Given a Council row where every member is X
        var rows = "Security Council,2020-01-10,t,S/RES/2504 (2020),0,3,0,0,0,l,78,X,,X,X,\n";

        // When it is read
        var d = Assert.Single(Read(rows).Decisions);

        // Then no vote is recorded
        Assert.Equal(Forum.SecurityCouncil, d.Forum);
        Assert.Equal("S/RES/2504(2020)", d.Symbol);
        Assert.False(d.RecordedVote);
        Assert.Empty(d.Votes);
    }

    [Fact]
    public void Read_YearOnlyDate_LeavesDateEmpty()
    {
        // Given a GA row dated only by its year
        var rows = "General Assembly,1948,t,A/RES/200 (III),1,0,0,0,1,l,79,Y,,,,\n";

        // When it is read
        var d = Assert.Single(Read(rows).Decisions);

        // Then the date is unknown but the vote is kept
        Assert.Null(d.Date);
        Assert.Single(d.Votes);
    }

    [Fact]
    public void Read_CellQ_ThrowsMalformedSourceNamingTheStateColumn()
    {
        // Given a file whose second row has 'Q' under FRANCE
        var rows = "General Assembly,2014-03-27,t,A/RES/68/262,1,0,0,0,1,l,80,Y,,,,Y\n"
            + "General Assembly,2014-03-28,t,A/RES/68/263,1,0,0,0,1,l,81,Y,,,,Q\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the file, line 3 and column FRANCE are named
        Assert.Equal(UndlWideReader.File, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("FRANCE", e.Field);
        Assert.Contains("'Q'", e.Problem);
    }

    [Fact]
    public void Read_BadCouncil_ThrowsMalformedSource()
    {
        // Given a row naming neither body
        var rows = "Trusteeship Council,2014-03-27,t,T/RES/1,1,0,0,0,1,l,82,Y,,,,\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the Council field is named
        Assert.Equal(2, e.Line);
        Assert.Equal("Council", e.Field);
    }

    [Fact]
    public void Read_RaggedRow_ThrowsMalformedSource()
    {
        // Given a row with one field too many
        var rows = "General Assembly,2014-03-27,t,A/RES/68/262,1,0,0,0,1,l,80,Y,,,,Y,Y\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the row is refused
        Assert.Equal(UndlWideReader.File, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("(row)", e.Field);
    }

    [Fact]
    public void Read_BadCount_ThrowsMalformedSource()
    {
        // Given a row whose YES COUNT is not a number
        var rows = "General Assembly,2014-03-27,t,A/RES/68/262,1,0,0,0,many,l,80,Y,,,,Y\n";

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => Read(rows));

        // Then the count field is named
        Assert.Equal("YES COUNT", e.Field);
    }
}
