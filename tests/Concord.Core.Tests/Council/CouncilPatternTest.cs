using Concord.Council;
using Concord.Domain;

namespace Concord.Tests.Council;

/// <summary>The pattern of two members on hand-made decisions: amendments are counted apart from drafts and resolutions.</summary>
public sealed class CouncilPatternTest
{
    private static readonly DateOnly s_day = new(2025, 2, 24);

    private static CouncilDecision Decision(int id, string symbol, DecisionKind kind, DecisionOutcome outcome, Vote chn, Vote rus, params string[] vetoers) =>
        new(id, symbol, symbol, s_day, kind, outcome, null, "Ukraine", "S/PV.9866", null, true,
            new Dictionary<string, Vote> { ["CHN"] = chn, ["RUS"] = rus, ["USA"] = Vote.Yes }, vetoers, "Ukraine");

    private static CouncilPattern.PeriodCounts Counts(params CouncilDecision[] decisions) =>
        Assert.Single(CouncilPattern.Compute(new CouncilRecord(decisions), "CHN", "RUS", CouncilPattern.Grouping.Year, null, null));

    [Fact]
    public void AVetoOfAnAmendment_IsCountedApart_NotAsAVetoOfADraft()
    {
        // Given Russia's vetoes of the amendments S/2025/115 and S/2025/116 (China abstaining), and a vetoed draft
        var amendment115 = Decision(1, "S/2025/115", DecisionKind.Amendment, DecisionOutcome.Vetoed, Vote.Abstain, Vote.No, "RUS");
        var amendment116 = Decision(2, "S/2025/116", DecisionKind.Amendment, DecisionOutcome.Vetoed, Vote.Abstain, Vote.No, "RUS");
        var draft = Decision(3, "S/2025/999", DecisionKind.Draft, DecisionOutcome.Vetoed, Vote.No, Vote.No, "CHN", "RUS");

        // When the pattern of China and Russia is counted
        var counts = Counts(amendment115, amendment116, draft);

        // Then the draft is the one joint veto, and Russia's two vetoes of amendments are counted in their own kind
        Assert.Equal([draft], counts.Cases[PatternKind.JointVeto]);
        Assert.Equal(0, counts.Count(PatternKind.BVetoedAAbstained));
        Assert.Equal([amendment115, amendment116], counts.Cases[PatternKind.BVetoedAmendment]);
        Assert.Equal(0, counts.Count(PatternKind.JointAmendmentVeto));
    }

    [Fact]
    public void AnAdoptedAmendmentBothAbstainedOn_IsNoCoAbstentionOnAnAdoptedResolution()
    {
        // Given S/2023/1023, an amendment adopted 9-0-6 with China and Russia abstaining, and a resolution both abstained on
        var amendment = Decision(1, "S/2023/1023", DecisionKind.Amendment, DecisionOutcome.Adopted, Vote.Abstain, Vote.Abstain);
        var resolution = Decision(2, "S/RES/2448(2018)", DecisionKind.Resolution, DecisionOutcome.Adopted, Vote.Abstain, Vote.Abstain);

        var counts = Counts(amendment, resolution);

        Assert.Equal([resolution], counts.Cases[PatternKind.CoAbstention]);
    }
}
