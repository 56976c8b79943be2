using Concord.Domain;
using Concord.Invariants;
using Concord.Sources;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Invariants;

public class RecordInvariantsTest
{
    private static readonly DateOnly s_day = new(2019, 12, 20);
    private static readonly RecordInvariants s_invariants = new(RegisterFixture.Make(2019, RegisterFixture.Council2019, ("SSD", new DateOnly(2011, 7, 14))));

    private static SourceDecision Council(DecisionOutcome outcome, params (string State, Vote Vote)[] votes)
    {
        var d = new SourceDecision { Source = SourceId.ScDraftVotes, File = "drafts.csv", Line = 10, SourceKey = "ID 1", Forum = Forum.SecurityCouncil, Symbol = "S/2019/962", Draft = "S/2019/962", Outcome = outcome, Date = s_day };
        var line = 10L;
        foreach (var (state, vote) in votes)
        {
            d.Votes.Add(new SourceVote(state, vote, line++));
        }

        return d;
    }

    private static (string, Vote)[] Votes(int yes, int no, int abstain, string[]? order = null)
    {
        order ??= RegisterFixture.Council2019;
        return [.. order.Select((s, i) => (s, i < yes ? Vote.Yes : i < yes + no ? Vote.No : Vote.Abstain)).Take(yes + no + abstain)];
    }

    [Fact]
    public void CheckSourceRecord_AWholeCouncilOfSeatedMembers_FindsNothing()
    {
        // Given a failed draft voted 5-6-4 by the fifteen members of that year, RUS among the yes votes
        var d = Council(DecisionOutcome.Failed, Votes(5, 6, 4, ["RUS", "CHN", "CIV", "GNQ", "ZAF", "USA", "GBR", "FRA", "POL", "PER", "DOM", "BEL", "DEU", "IDN", "KWT"]));

        // When it is checked with RUS as its sponsor
        var findings = s_invariants.CheckSourceRecord(d, s_day, ["RUS"]);

        // Then nothing is wrong
        Assert.Empty(findings);
    }

    [Fact]
    public void CheckSourceRecord_AVoterNotSeatedThatYear_IsNamed()
    {
        // Given a record with Angola voting in 2019 (not on the Council) in place of Belgium
        var votes = Votes(15, 0, 0).Select(v => v.Item1 == "BEL" ? ("AGO", v.Item2) : v).ToArray();
        var d = Council(DecisionOutcome.Adopted, votes);

        // When it is checked
        var f = Assert.Single(s_invariants.CheckSourceRecord(d, s_day, []));

        // Then the stray voter is named with its class
        Assert.Equal(InvariantClass.VoterNotMember, f.Class);
        Assert.Equal("AGO", f.State);
    }

    [Fact]
    public void CheckSourceRecord_ASponsorVotingAgainstItsDraft_IsFound()
    {
        // Given the drafts compilation's S/2019/962: yes and no inverted, so its sponsor RUS votes no (6-5-4)
        var d = Council(DecisionOutcome.Failed, Votes(6, 5, 4, ["USA", "GBR", "FRA", "POL", "PER", "DOM", "RUS", "CHN", "CIV", "GNQ", "ZAF", "BEL", "DEU", "IDN", "KWT"]));

        // When it is checked with RUS as sponsor
        var f = Assert.Single(s_invariants.CheckSourceRecord(d, s_day, ["RUS"]));

        // Then the sponsor's negative vote is the finding
        Assert.Equal((InvariantClass.SponsorVotedAgainst, "RUS"), (f.Class, f.State));
    }

    [Theory]
    [InlineData(DecisionOutcome.Adopted, 8, 0, 7, "only 8 affirmative votes")]
    [InlineData(DecisionOutcome.Vetoed, 12, 0, 3, "no permanent member voting no")]
    [InlineData(DecisionOutcome.Failed, 12, 0, 3, "12 affirmative votes and no permanent member's no")]
    public void CheckSourceRecord_AnOutcomeItsOwnVotesContradict_IsFound(DecisionOutcome outcome, int yes, int no, int abstain, string expected)
    {
        // Given a drafts-compilation record whose stated outcome its own votes cannot give (no = elected members only)
        var d = Council(outcome, Votes(yes, no, abstain));

        // When it is checked
        var f = Assert.Single(s_invariants.CheckSourceRecord(d, s_day, []));

        // Then the contradiction is found, in words
        Assert.Equal(InvariantClass.VotesContradictRecord, f.Class);
        Assert.Contains(expected, f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSourceRecord_AdoptedUnanimouslyWithAnAbstention_IsFound()
    {
        // Given "adopted unanimously" with one abstention on record
        var d = Council(DecisionOutcome.Adopted, Votes(14, 0, 1));
        d.StatedUnanimous = true;

        // When it is checked, then the record contradicts itself
        var f = Assert.Single(s_invariants.CheckSourceRecord(d, s_day, []));
        Assert.Contains("adopted unanimously", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSourceRecord_AStatedTallyItsListsDoNotGive_IsAFindingOnTheTally()
    {
        // Given DGACM's S/RES/1559 shape: tally 15-0-0, lists 9-0-6
        var d = Council(DecisionOutcome.Adopted, Votes(9, 0, 6));
        d.Tally = new Tally(15, 0, 0);

        // When it is checked
        var f = Assert.Single(s_invariants.CheckSourceRecord(d, s_day, []));

        // Then the finding is on the tally, for the other sources to settle
        Assert.True(f.OnTally);
        Assert.Contains("15-0-0", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void IsMember_AssemblyBeforeAdmission_IsFalseAndFromTheDayOfAdmissionTrue()
    {
        Assert.False(s_invariants.IsMember(Forum.GeneralAssembly, "SSD", new DateOnly(2011, 7, 13)));
        Assert.True(s_invariants.IsMember(Forum.GeneralAssembly, "SSD", new DateOnly(2011, 7, 14)));
        Assert.Contains("admitted 2011-07-14", s_invariants.NotMemberDetail(Forum.GeneralAssembly, "SSD", new DateOnly(1946, 1, 10)), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckTally_EqualCountsOrNoVote_AreNotViolations()
    {
        Assert.Null(RecordInvariants.CheckTally(new Tally(9, 0, 6), new Tally(9, 0, 6), recordedVote: true));
        Assert.Null(RecordInvariants.CheckTally(new Tally(15, 0, 0), new Tally(9, 0, 6), recordedVote: false));
        Assert.NotNull(RecordInvariants.CheckTally(new Tally(15, 0, 0), new Tally(9, 0, 6), recordedVote: true));
    }
}
