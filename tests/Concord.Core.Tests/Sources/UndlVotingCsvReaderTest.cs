using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class UndlVotingCsvReaderTest
{
    private static SourceBatch ReadFixture() => new UndlVotingCsvReader(StateRegistry.Default).Read(TempDirectory.FixturePath("undl"));

    [Fact]
    public void Read_GroupsRowsByRecord_AndCountsTallyFromTotals()
    {
        // Given the fixture GA file with one resolution of five member rows
        // When it is read
        var batch = ReadFixture();
        var d = batch.Decisions.Single(x => x.Symbol == "A/RES/2621(XXV)");

        // Then the rows form one decision whose tally comes from the total_* columns
        Assert.Equal(SourceId.UndlVotingCsv, batch.Source);
        Assert.Equal(Forum.GeneralAssembly, d.Forum);
        Assert.Equal(new DateOnly(1970, 10, 12), d.Date);
        Assert.Equal("25", d.Session);
        Assert.Equal("900001", d.UndlId);
        Assert.Equal("undl/ga_votes.csv", d.File);
        Assert.Equal(2, d.Line);
        Assert.Equal(new Tally(2, 1, 1, 1), d.Tally);
        Assert.True(d.RecordedVote);
        Assert.Equal(5, d.Votes.Count);
        Assert.Equal("Programme of action for the full implementation of the Declaration, test fixture", d.Title);
        Assert.Equal("A/L.600", d.Draft);
        Assert.Equal("A/PV.1883", d.Meeting);
    }

    [Fact]
    public void Read_MapsYNAXToVotes_AndChinaBefore1971ToTheRepublicOfChina()
    {
        // Given the fixture GA resolution of 1970 with Y, N, A and X votes
        // When it is read
        var d = ReadFixture().Decisions.Single(x => x.Symbol == "A/RES/2621(XXV)");
        var votes = d.Votes.ToDictionary(v => v.State, v => v.Vote);

        // Then each letter maps to its vote, CHINA is TWN and USSR is SUN
        Assert.Equal(Vote.Yes, votes["USA"]);
        Assert.Equal(Vote.No, votes["TWN"]);
        Assert.False(votes.ContainsKey("CHN"));
        Assert.Equal(Vote.Abstain, votes["FRA"]);
        Assert.Equal(Vote.NonVoting, votes["GBR"]);
        Assert.Equal(Vote.Yes, votes["SUN"]);
    }

    [Fact]
    public void Read_ChinaAfter1971_IsThePeoplesRepublic()
    {
        // Given the fixture GA resolution of 2023
        // When it is read
        var d = ReadFixture().Decisions.Single(x => x.Symbol == "A/RES/78/200");

        // Then CHINA is CHN
        Assert.Contains(d.Votes, v => v.State == "CHN" && v.Vote == Vote.Yes);
        Assert.Equal("78", d.Session);
        Assert.Equal(new Tally(1, 1, 0, 0), d.Tally);
    }

    [Fact]
    public void Read_CouncilFile_IsToldByItsHeader_AndRecordsVotes()
    {
        // Given the fixture SC file
        // When it is read
        var d = ReadFixture().Decisions.Single(x => x.Symbol == "S/RES/2504(2020)");

        // Then the decision is a Council one, with its votes and tally
        Assert.Equal(Forum.SecurityCouncil, d.Forum);
        Assert.Null(d.Session);
        Assert.True(d.RecordedVote);
        Assert.Equal(new Tally(2, 0, 1, 0), d.Tally);
        Assert.Equal(3, d.Votes.Count);
        Assert.Contains(d.Votes, v => v.State == "CHN" && v.Vote == Vote.Abstain);
        Assert.Equal("S/2020/24", d.Draft);
    }

    [Fact]
    public void Read_CouncilResolutionAdoptedWithoutVote_RecordsNoMemberVotes()
    {
        // Given the fixture SC resolution whose modality says it was adopted without a vote (every member 'Y')
        // When it is read
        var d = ReadFixture().Decisions.Single(x => x.Symbol == "S/RES/2505(2020)");

        // Then its Y rows are not recorded as votes and it has no tally
        Assert.False(d.RecordedVote);
        Assert.Empty(d.Votes);
        Assert.Null(d.Tally);
    }

    [Fact]
    public void Read_ListsEveryFileAndCountsRows()
    {
        // Given the fixture folder with a GA and an SC file
        // When it is read
        var batch = ReadFixture();

        // Then both files are listed in order, all 13 rows counted and 4 decisions made
        Assert.Equal(["undl/ga_votes.csv", "undl/sc_votes.csv"], batch.Files);
        Assert.Equal(13, batch.RowsRead);
        Assert.Equal(4, batch.Decisions.Count);
    }

    [Fact]
    public void Read_BadVoteLetter_ThrowsMalformedSourceWithFileLineAndField()
    {
        // Given a GA file whose second row has vote 'Q'
        using var dir = new TempDirectory();
        dir.Write("undl/bad.csv", """
            undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link
            1,USA,UNITED STATES,Y,2020-01-01,74,A/RES/74/1,,,,t,a,s,,1,0,0,0,2,l
            1,FRA,FRANCE,Q,2020-01-01,74,A/RES/74/1,,,,t,a,s,,1,0,0,0,2,l

            """);

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UndlVotingCsvReader(StateRegistry.Default).Read(dir.Path));

        // Then the file, line and field are named
        Assert.Equal("undl/bad.csv", e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("ms_vote", e.Field);
    }

    [Fact]
    public void Read_RaggedRow_ThrowsMalformedSource()
    {
        // Given a GA file whose first row has one field too many
        using var dir = new TempDirectory();
        dir.Write("undl/ragged.csv", """
            undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link
            1,USA,UNITED STATES,Y,2020-01-01,74,A/RES/74/1,,,,t,a,s,,1,0,0,0,2,l,extra

            """);

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UndlVotingCsvReader(StateRegistry.Default).Read(dir.Path));

        // Then the row is refused
        Assert.Equal("undl/ragged.csv", e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("(row)", e.Field);
    }
}
