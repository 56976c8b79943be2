using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class DuplicateVetoesTest
{
    private static CanonicalDecision Veto(string key, SourceId list, DateOnly date, params string[] vetoers)
    {
        var c = new CanonicalDecision { Forum = Forum.SecurityCouncil, Key = "sc:" + key, Symbol = key, Date = date, Outcome = DecisionOutcome.Vetoed, Kind = DecisionKind.Procedural };
        c.VetoersBySource[list] = [.. vetoers];
        c.Sources.Add(new Provenance(list, list.Label() + ".csv", 25, key));
        return c;
    }

    [Fact]
    public void Fold_TwoListsEachHoldingTheSameDaysVetoUnderDifferentSymbols_CountItOnce()
    {
        // Given 24 May 1948: both lists' first veto at S/PV.303, the DHL list's second at S/PV.303,
        // and the WPDL list's second under the typo S/PV.3038
        var day = new DateOnly(1948, 5, 24);
        var both = Veto("S/PV.303", SourceId.DhlVetoList, day, "SUN");
        both.VetoersBySource[SourceId.WpdlVetoList] = ["SUN"];
        var dhlSecond = Veto("S/PV.303#2", SourceId.DhlVetoList, day, "SUN");
        var typo = Veto("S/PV.3038", SourceId.WpdlVetoList, day, "SUN");
        var all = new List<CanonicalDecision> { both, dhlSecond, typo };
        var violations = new List<InvariantViolation>();

        // When duplicates are folded
        DuplicateVetoes.Fold(all, new DisagreementLog(), violations);

        // Then two vetoes remain, the typo folded into the DHL list's second
        Assert.Equal(2, all.Count);
        Assert.DoesNotContain(typo, all);
        Assert.True(dhlSecond.VetoersBySource.ContainsKey(SourceId.WpdlVetoList));
        Assert.Equal(InvariantClass.DuplicateVeto, Assert.Single(violations).Class);
    }

    [Fact]
    public void Fold_SameDayVetoesByDifferentMembers_AreNotFolded()
    {
        var day = new DateOnly(1956, 10, 30);
        var all = new List<CanonicalDecision> { Veto("S/3710", SourceId.DhlVetoList, day, "FRA", "GBR"), Veto("S/3713", SourceId.WpdlVetoList, day, "SUN") };
        DuplicateVetoes.Fold(all, new DisagreementLog(), []);
        Assert.Equal(2, all.Count);
    }
}
