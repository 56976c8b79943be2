using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

/// <summary>A record in which several states vote before they were admitted holds another vote's votes: none is kept.</summary>
public class AssemblyRowOfAnotherVoteTest
{
    private static SourceDecision Row(SourceId source, DateOnly date, params string[] yes)
    {
        var d = new SourceDecision
        {
            Source = source,
            File = source.Label() + ".csv",
            Line = 15,
            SourceKey = "undl 426078",
            Forum = Forum.GeneralAssembly,
            Symbol = "A/RES/ES-10/6",
            Date = date,
            Session = "ES-10",
        };
        foreach (var s in yes)
        {
            d.Votes.Add(new SourceVote(s, Vote.Yes, 15));
        }

        d.Tally = new Tally(yes.Length, 0, 0, 0);
        return d;
    }

    [Fact]
    public void Reconcile_ThreeStatesVotingBeforeAdmission_WithholdsEveryVoteOfTheRow_AndItsTally()
    {
        // Given the Digital Library's row of A/RES/ES-10/6 (9 Feb 1999) with Kiribati, Nauru and Tonga voting, admitted in September
        var row = Row(SourceId.UndlWide, new DateOnly(1999, 2, 9), "KIR", "NRU", "TON", "USA", "CHN", "FRA");

        var record = Reconciler.Reconcile([new SourceBatch(SourceId.UndlWide, [row], ["w"], 1)]);

        // Then no vote of it is analysed, nor its tally, and the finding says why
        var d = Assert.Single(record.Decisions);
        Assert.Empty(d.Votes);
        Assert.Null(d.Tally);
        Assert.Equal(6, d.Withheld.Count);
        var finding = record.Violations.Single(v => v.Class == InvariantClass.VotesContradictRecord);
        Assert.Equal(ViolationOutcome.Quarantined, finding.Outcome);
        Assert.Contains("KIR, NRU, TON", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_OneStrayState_IsASlipInThatRowOnly()
    {
        var row = Row(SourceId.UndlWide, new DateOnly(1999, 2, 9), "KIR", "USA", "CHN", "FRA");
        var d = Assert.Single(Reconciler.Reconcile([new SourceBatch(SourceId.UndlWide, [row], ["w"], 1)]).Decisions);
        Assert.Equal(["CHN", "FRA", "USA"], d.Votes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("KIR", Assert.Single(d.Withheld).State);
    }
}
