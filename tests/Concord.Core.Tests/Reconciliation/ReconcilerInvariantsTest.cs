using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Reconciliation;

/// <summary>Votes that break an invariant are withheld, and the source that satisfies the invariant wins.</summary>
public class ReconcilerInvariantsTest
{
    private static readonly DateOnly s_day = new(2019, 12, 20);
    private static readonly RecordInvariants s_invariants = new(RegisterFixture.Make(2019, RegisterFixture.Council2019, ("SSD", new DateOnly(2011, 7, 14))));

    private static SourceDecision Record(SourceId source, string key, Forum forum, string? symbol, DateOnly? date, DecisionOutcome outcome = DecisionOutcome.Adopted, string? draft = null) => new()
    {
        Source = source,
        File = source.Label() + ".csv",
        Line = 2,
        SourceKey = key,
        Forum = forum,
        Symbol = symbol,
        Draft = draft,
        Kind = outcome == DecisionOutcome.Adopted ? DecisionKind.Resolution : DecisionKind.Draft,
        Outcome = outcome,
        Date = date,
    };

    private static SourceDecision With(SourceDecision d, IEnumerable<string> states, Func<int, Vote> vote)
    {
        var i = 0;
        foreach (var s in states)
        {
            d.Votes.Add(new SourceVote(s, vote(i), d.Line + i));
            i++;
        }

        return d;
    }

    private static SourceBatch Batch(SourceId source, params SourceDecision[] decisions) => new(source, decisions, [source.Label() + ".csv"], decisions.Length);

    private static readonly string[] s_wrongCouncil = ["AGO", "CHL", "CHN", "FRA", "GIN", "MEX", "PAK", "RUS", "ESP", "SYR", "USA", "BGR", "CMR", "DEU", "GBR"];

    [Fact]
    public void Reconcile_ACouncilRecordAttachedToTheWrongMembers_IsWithheldAndTheOtherSourcesVotesWin()
    {
        // Given the drafts compilation giving S/RES/2500 the rows of another vote (Angola, Chile... not on the Council),
        // and the Digital Library giving the fifteen members' unanimous vote
        var drafts = With(Record(SourceId.ScDraftVotes, "ID 86", Forum.SecurityCouncil, "S/RES/2500(2019)", s_day), s_wrongCouncil, i => i < 10 ? Vote.Yes : i == 10 ? Vote.No : Vote.Abstain);
        drafts.StatedUnanimous = true;
        drafts.TallyFromVotes = true;
        drafts.Tally = new Tally(10, 1, 4);
        var undl = With(Record(SourceId.UndlWide, "undl 1", Forum.SecurityCouncil, "S/RES/2500(2019)", s_day), RegisterFixture.Council2019, _ => Vote.Yes);
        undl.Tally = new Tally(15, 0, 0);

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, drafts), Batch(SourceId.UndlWide, undl)], s_invariants);

        // Then only seated members vote, all from the Digital Library, and the drafts rows are withheld and repaired
        var c = Assert.Single(record.Decisions);
        Assert.Equal(RegisterFixture.Council2019.Order(), c.Votes.Keys.Order());
        Assert.All(c.Votes.Values, v => Assert.Equal((Vote.Yes, SourceId.UndlWide), (v.Vote, v.Source)));
        Assert.Equal(15, c.Withheld.Count);
        Assert.Contains(record.Violations, x => x.Class == InvariantClass.VoterNotMember && x.State == "AGO" && x.Outcome == ViolationOutcome.Repaired);
        Assert.Contains(record.Violations, x => x.Class == InvariantClass.VotesContradictRecord && x.Outcome == ViolationOutcome.Repaired);
        Assert.DoesNotContain(record.Violations, x => x.Outcome == ViolationOutcome.Quarantined);
    }

    [Fact]
    public void Reconcile_AMisattachedRecordNoOtherSourceHas_IsQuarantinedWithNoMemberVotes()
    {
        // Given only the drafts compilation, with the wrong members
        var drafts = With(Record(SourceId.ScDraftVotes, "ID 87", Forum.SecurityCouncil, "S/RES/2501(2019)", s_day), s_wrongCouncil, _ => Vote.Yes);

        // When reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, drafts)], s_invariants);

        // Then the decision stands without member votes, and every violation is quarantined
        var c = Assert.Single(record.Decisions);
        Assert.Empty(c.Votes);
        Assert.All(record.Violations, x => Assert.Equal(ViolationOutcome.Quarantined, x.Outcome));
        Assert.Equal(["AGO", "BGR", "CHL", "CMR", "ESP", "GIN", "MEX", "PAK", "SYR"], record.Violations.Select(x => x.State!).Order());
    }

    [Fact]
    public void Reconcile_InvertedVotesAgainstACrossCheckThatSatisfiesTheSponsorRule_TheCrossCheckWins()
    {
        // Given S/2019/962 in the drafts compilation with yes and no inverted (RUS, its sponsor, voting no: 6-5-4),
        // and the failed-drafts subset with the true 5-6-4 and RUS as sponsor
        string[] order = ["USA", "GBR", "FRA", "POL", "PER", "DOM", "RUS", "CHN", "CIV", "GNQ", "ZAF", "BEL", "DEU", "IDN", "KWT"];
        var drafts = With(Record(SourceId.ScDraftVotes, "ID 1677", Forum.SecurityCouncil, "S/2019/962", s_day, DecisionOutcome.Failed, "S/2019/962"), order, i => i < 6 ? Vote.Yes : i < 11 ? Vote.No : Vote.Abstain);
        drafts.TallyFromVotes = true;
        drafts.Tally = new Tally(6, 5, 4);
        var subset = With(Record(SourceId.FailedDraftsSubset, "meeting 8697", Forum.SecurityCouncil, "S/2019/962", null, DecisionOutcome.Unknown, "S/2019/962"), order, i => i < 6 ? Vote.No : i < 11 ? Vote.Yes : Vote.Abstain);
        subset.Sponsors.Add("RUS");
        subset.Tally = new Tally(5, 6, 4);

        // When reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.FailedDraftsSubset, subset), Batch(SourceId.ScDraftVotes, drafts)], s_invariants);

        // Then China and Russia voted yes, the tally is 5-6-4, the date is the drafts file's, and the inversion is repaired
        var c = Assert.Single(record.Decisions);
        Assert.Equal(Vote.Yes, c.Votes["RUS"].Vote);
        Assert.Equal(Vote.Yes, c.Votes["CHN"].Vote);
        Assert.Equal(SourceId.FailedDraftsSubset, c.Votes["RUS"].Source);
        Assert.Equal("5-6-4", c.Tally.ToString());
        Assert.Equal(s_day, c.Date);
        var x = Assert.Single(record.Violations, v => v.Class == InvariantClass.SponsorVotedAgainst);
        Assert.Equal((ViolationOutcome.Repaired, "RUS"), (x.Outcome, x.State));
    }

    [Fact]
    public void Reconcile_ACrossCheckRecordMatchingNothing_IsLeftOutAndCounted()
    {
        var subset = With(Record(SourceId.FailedDraftsSubset, "meeting 1", Forum.SecurityCouncil, "S/1443", null, DecisionOutcome.Unknown, "S/1443"), ["USA"], _ => Vote.Yes);
        var record = Reconciler.Reconcile([Batch(SourceId.FailedDraftsSubset, subset)], s_invariants);
        Assert.Empty(record.Decisions);
        Assert.Equal(1, record.CrossCheckUnmatched);
    }

    [Fact]
    public void Reconcile_AnAssemblyVoteBeforeAdmission_IsQuarantinedAndTheOthersStay()
    {
        // Given a 1946 roll call on which South Sudan (admitted 2011) is recorded
        var unvotes = With(Record(SourceId.Unvotes, "rcid 1", Forum.GeneralAssembly, "A/RES/1(I)", new DateOnly(1946, 1, 24)), ["USA", "GBR", "SSD"], _ => Vote.Yes);
        unvotes.TallyFromVotes = true;
        unvotes.Tally = new Tally(3, 0, 0);

        // When reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, unvotes)], s_invariants);

        // Then South Sudan's vote is out, quarantined, and the counted tally follows
        var c = Assert.Single(record.Decisions);
        Assert.Equal(["GBR", "USA"], c.Votes.Keys.Order());
        Assert.Equal("2-0-0", c.Tally.ToString());
        var x = Assert.Single(record.Violations);
        Assert.Equal((InvariantClass.VoterNotMember, "SSD", ViolationOutcome.Quarantined), (x.Class, x.State, x.Outcome));
        Assert.Equal("SSD", Assert.Single(c.Withheld).State);
    }

    [Fact]
    public void Reconcile_ANonVotingMarkForANonMember_IsExplainedNotQuarantined()
    {
        var undl = With(Record(SourceId.UndlWide, "undl 2", Forum.GeneralAssembly, "A/RES/50/1", new DateOnly(1995, 10, 1)), ["USA", "SSD"], i => i == 0 ? Vote.Yes : Vote.NonVoting);
        var record = Reconciler.Reconcile([Batch(SourceId.UndlWide, undl)], s_invariants);
        var x = Assert.Single(record.Violations);
        Assert.Equal(ViolationOutcome.Explained, x.Outcome);
        Assert.False(Assert.Single(record.Decisions).Votes.ContainsKey("SSD"));
    }

    [Fact]
    public void Reconcile_AStatedTallyThatItsOwnListsAndAnotherSourceContradict_IsRecountedFromTheLists()
    {
        // Given the Digital Library's 9-0-6 and DGACM's stated 15-0-0 with lists giving 9-0-6 (S/RES/1559's shape)
        var abstainers = new HashSet<string> { "BEL", "CIV", "DEU", "DOM", "GNQ", "IDN" };
        var undl = With(Record(SourceId.UndlWide, "undl 3", Forum.SecurityCouncil, "S/RES/2502(2019)", s_day), RegisterFixture.Council2019, i => abstainers.Contains(RegisterFixture.Council2019[i]) ? Vote.Abstain : Vote.Yes);
        undl.Tally = new Tally(9, 0, 6);
        var dgacm = With(Record(SourceId.DgacmSc, "S/RES/2502", Forum.SecurityCouncil, "S/RES/2502(2019)", s_day), RegisterFixture.Council2019, i => abstainers.Contains(RegisterFixture.Council2019[i]) ? Vote.Abstain : Vote.Yes);
        dgacm.Tally = new Tally(15, 0, 0);

        // When reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.UndlWide, undl), Batch(SourceId.DgacmSc, dgacm)], s_invariants);

        // Then the tally is 9-0-6 with DGACM's votes, and the repair is recorded; no tally mismatch remains
        var c = Assert.Single(record.Decisions);
        Assert.Equal("9-0-6", c.Tally.ToString());
        Assert.Equal(SourceId.DgacmSc, c.Votes["USA"].Source);
        var x = Assert.Single(record.Violations);
        Assert.Equal((InvariantClass.VotesContradictRecord, ViolationOutcome.Repaired), (x.Class, x.Outcome));
    }
}
