using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class CouncilControlTotalsTest
{
    private static CanonicalDecision Resolution(int number, int year, SourceId source = SourceId.DgacmSc)
    {
        var c = new CanonicalDecision
        {
            Forum = Forum.SecurityCouncil,
            Key = $"sc:S/RES/{number}({year})#{Guid.NewGuid():N}",
            Symbol = $"S/RES/{number}({year})",
            Kind = DecisionKind.Resolution,
            Outcome = DecisionOutcome.Adopted,
            Date = new DateOnly(year, 6, 1),
            RecordedVote = true,
        };
        c.Sources.Add(new Provenance(source, "f", 1, "k"));
        return c;
    }

    private static CanonicalDecision Vetoed(int year, bool listed)
    {
        var c = new CanonicalDecision { Forum = Forum.SecurityCouncil, Key = $"sc:S/{year}/{Guid.NewGuid():N}", Kind = DecisionKind.Draft, Outcome = DecisionOutcome.Vetoed, Date = new DateOnly(year, 3, 1) };
        c.Sources.Add(new Provenance(listed ? SourceId.DhlVetoList : SourceId.ScDraftVotes, "f", 1, "k"));
        return c;
    }

    [Fact]
    public void Compute_AYearsResolutionsAreTheNumbersAfterThePreviousYearsLast_AndAGapOrATwiceHeldNumberIsNamed()
    {
        // Given 2001 numbered 1-3, and 2002 numbered up to 7 with 5 in no record and 6 held twice
        var decisions = new List<CanonicalDecision>
        {
            Resolution(1, 2001), Resolution(2, 2001), Resolution(3, 2001),
            Resolution(4, 2002), Resolution(6, 2002), Resolution(6, 2002, SourceId.ScDraftVotes), Resolution(7, 2002),
            Vetoed(2002, listed: true), Vetoed(2002, listed: false),
        };

        var totals = CouncilControlTotals.Compute(decisions);

        var y2001 = totals.Single(t => t.Period == "2001" && t.Measure == CouncilControlTotals.ResolutionsMeasure);
        Assert.Equal((3, 3, 0, "equal"), (y2001.Reference!.Value, y2001.Record, y2001.Difference, y2001.Explanation));
        var y2002 = totals.Single(t => t.Period == "2002" && t.Measure == CouncilControlTotals.ResolutionsMeasure);
        Assert.Equal((4, 4), (y2002.Reference!.Value, y2002.Record));
        Assert.Contains("S/RES/5", y2002.Explanation, StringComparison.Ordinal);
        Assert.Contains("held twice: S/RES/6(2002)", y2002.Explanation, StringComparison.Ordinal);
        Assert.Equal("S/RES/4(2002) to S/RES/7(2002)", y2002.ReferenceFile);

        // And the vetoed drafts of a year against the veto list: one listed, two on record, the list ending that year
        var vetoes = totals.Single(t => t.Measure == CouncilControlTotals.VetoesMeasure);
        Assert.Equal((1, 2, 1), (vetoes.Reference!.Value, vetoes.Record, vetoes.Difference));
        Assert.StartsWith("1 more: the list ends on 2002-03-01", vetoes.Explanation, StringComparison.Ordinal);
    }
}
