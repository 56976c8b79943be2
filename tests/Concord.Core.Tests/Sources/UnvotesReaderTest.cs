using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class UnvotesReaderTest
{
    private const string RollCallsHeader = "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n";
    private const string IssuesHeader = "\"rcid\",\"short_name\",\"issue\"\n";
    private const string VotesHeader = "\"rcid\",\"country\",\"country_code\",\"vote\"\n";

    private static TempDirectory MinimalData()
    {
        var dir = new TempDirectory();
        dir.CopyFixture("minimal");
        dir.GzipInPlace("ga/unvotes_cran_0.3.0/un_votes.csv", UnvotesReader.VotesFile);
        return dir;
    }

    private static TempDirectory Data(string rollCalls, string issues, string votes)
    {
        var dir = new TempDirectory();
        dir.Write(UnvotesReader.RollCalls, RollCallsHeader + rollCalls);
        dir.Write(UnvotesReader.IssuesFile, IssuesHeader + issues);
        dir.WriteGz(UnvotesReader.VotesFile, VotesHeader + votes);
        return dir;
    }

    [Fact]
    public void Read_RollCalls_BecomeDecisionsWithCanonicalSymbolsKindsAndIssues()
    {
        // Given the minimal fixture with three roll calls, one of them an amendment
        using var dir = MinimalData();

        // When it is read
        var batch = new UnvotesReader(StateRegistry.Default).Read(dir.Path);

        // Then each roll call is a decision with its canonical symbol, kind, issues and counted tally
        Assert.Equal(3, batch.Decisions.Count);
        Assert.Equal(3 + 2 + 10, batch.RowsRead);
        var res = batch.Decisions[0];
        Assert.Equal("rcid 1001", res.SourceKey);
        Assert.Equal("A/RES/2621(XXV)", res.Symbol);
        Assert.Equal(DecisionKind.Resolution, res.Kind);
        Assert.Equal(DecisionOutcome.Adopted, res.Outcome);
        Assert.Equal("25", res.Session);
        Assert.Equal(["co"], res.Issues);
        Assert.Equal(new Tally(2, 1, 1), res.Tally);
        Assert.False(res.Important);
        var amendment = batch.Decisions[1];
        Assert.Equal(DecisionKind.Amendment, amendment.Kind);
        Assert.Equal(DecisionOutcome.Unknown, amendment.Outcome);
        Assert.True(amendment.Important);
        Assert.Equal("A/RES/68/262", batch.Decisions[2].Symbol);
    }

    [Fact]
    public void Read_RussiaBefore1992IsTheUssr_AndTaiwanIsTheRepublicOfChina()
    {
        // Given the minimal fixture (roll call 1001 in 1970, 1003 in 2014)
        using var dir = MinimalData();

        // When it is read
        var batch = new UnvotesReader(StateRegistry.Default).Read(dir.Path);
        var v1970 = batch.Decisions[0].Votes.ToDictionary(v => v.State, v => v.Vote);
        var v2014 = batch.Decisions[2].Votes.ToDictionary(v => v.State, v => v.Vote);

        // Then the names resolve by date
        Assert.Equal(Vote.Yes, v1970["SUN"]);
        Assert.Equal(Vote.No, v1970["TWN"]);
        Assert.Equal(Vote.Abstain, v1970["FRA"]);
        Assert.Equal(Vote.No, v2014["RUS"]);
        Assert.Equal(Vote.Abstain, v2014["CHN"]);
        Assert.DoesNotContain("SUN", v2014.Keys);
    }

    [Fact]
    public void Read_VoteMaybe_ThrowsMalformedSourceNamingTheVotesFileLineAndField()
    {
        // Given a votes file whose third line has vote 'maybe'
        using var dir = Data("1,1,0,\"1946-01-10\",\"R/1/1\",0,0,\"S\",\"D\"\n", "", "1,\"France\",\"FR\",\"yes\"\n1,\"Canada\",\"CA\",\"maybe\"\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UnvotesReader(StateRegistry.Default).Read(dir.Path));

        // Then the exception names the file, line and field
        Assert.Equal(UnvotesReader.VotesFile, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("vote", e.Field);
        Assert.Contains("maybe", e.Problem);
    }

    [Fact]
    public void Read_ImpossibleRollCallDate_ThrowsMalformedSourceNamingTheDateField()
    {
        // Given a roll-call file whose second roll call is dated 1999-13-45
        using var dir = Data(
            "1,54,0,\"1999-10-01\",\"R/54/1\",0,0,\"S\",\"D\"\n2,54,0,\"1999-13-45\",\"R/54/2\",0,0,\"S\",\"D\"\n",
            "",
            "1,\"France\",\"FR\",\"yes\"\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UnvotesReader(StateRegistry.Default).Read(dir.Path));

        // Then the exception names the roll-call file, line 3 and the date field
        Assert.Equal(UnvotesReader.RollCalls, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("date", e.Field);
        Assert.Contains("1999-13-45", e.Message);
    }

    [Fact]
    public void Read_UnknownCountry_ThrowsMalformedSourceWithClosestNames()
    {
        // Given a votes file naming a country no state answers to
        using var dir = Data("1,1,0,\"1946-01-10\",\"R/1/1\",0,0,\"S\",\"D\"\n", "", "1,\"France\",\"FR\",\"yes\"\n1,\"Frence\",\"FR\",\"no\"\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UnvotesReader(StateRegistry.Default).Read(dir.Path));

        // Then the country field is named with a suggestion
        Assert.Equal(UnvotesReader.VotesFile, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("country", e.Field);
        Assert.Contains("Unknown state 'Frence'", e.Problem);
        Assert.Contains("FRA", e.Problem);
    }

    [Fact]
    public void Read_SameStateTwiceInOneRollCall_IsRefused()
    {
        // Given a roll call where Russia and USSR (the same state in 1946) both vote
        using var dir = Data("1,1,0,\"1946-01-10\",\"R/1/1\",0,0,\"S\",\"D\"\n", "", "1,\"Russia\",\"RU\",\"yes\"\n1,\"USSR\",\"RU\",\"no\"\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UnvotesReader(StateRegistry.Default).Read(dir.Path));

        // Then the duplicate is refused on its line
        Assert.Equal(3, e.Line);
        Assert.Equal("country", e.Field);
        Assert.Contains("SUN", e.Problem);
    }

    [Fact]
    public void Read_IssueForUnknownRollCall_IsRefused()
    {
        // Given an issues file naming roll call 99 that does not exist
        using var dir = Data("1,1,0,\"1946-01-10\",\"R/1/1\",0,0,\"S\",\"D\"\n", "99,\"me\",\"Palestinian conflict\"\n", "1,\"France\",\"FR\",\"yes\"\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UnvotesReader(StateRegistry.Default).Read(dir.Path));

        // Then the issues file is named
        Assert.Equal(UnvotesReader.IssuesFile, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("rcid", e.Field);
    }

    [Fact]
    public void Read_RaggedRollCallRow_ThrowsMalformedSourceForTheRow()
    {
        // Given a roll-call row with an extra field
        using var dir = Data("1,1,0,\"1946-01-10\",\"R/1/1\",0,0,\"S\",\"D\",\"EXTRA\"\n", "", "1,\"France\",\"FR\",\"yes\"\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new UnvotesReader(StateRegistry.Default).Read(dir.Path));

        // Then the row is refused with the field count
        Assert.Equal(UnvotesReader.RollCalls, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("(row)", e.Field);
        Assert.Contains("10 fields", e.Problem);
    }
}
