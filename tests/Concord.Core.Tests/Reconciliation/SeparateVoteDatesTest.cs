using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class SeparateVoteDatesTest
{
    private static readonly (string, Vote)[] s_votes = [("USA", Vote.No), ("FRA", Vote.Yes), ("IND", Vote.Yes), ("SUN", Vote.Yes)];

    private static SourceDecision Record(SourceId source, string key, string symbol, DateOnly date, DecisionKind kind, int yes)
    {
        var d = new SourceDecision
        {
            Source = source,
            File = source.Label() + ".csv",
            Line = 3,
            SourceKey = key,
            Forum = Forum.GeneralAssembly,
            Symbol = symbol,
            Kind = kind,
            Outcome = kind == DecisionKind.Resolution ? DecisionOutcome.Adopted : DecisionOutcome.Unknown,
            Date = date,
            Session = Symbols.GaSession(symbol),
        };
        foreach (var (state, vote) in s_votes.Take(yes))
        {
            d.Votes.Add(new SourceVote(state, vote, 3));
        }

        d.Tally = Tally.Count(d.Votes.Select(v => v.Vote));
        return d;
    }

    [Fact]
    public void Reconcile_AnAmendmentDatedByItsCommitteeVote_IsDatedByThePlenaryThatAdoptedItsResolution()
    {
        // Given unvotes's amendment to A/RES/2799(XXVI) dated 1971-12-09 and the Digital Library's resolution of 1971-12-13
        var amendment = Record(SourceId.Unvotes, "rcid 1231", "A/RES/2799(XXVI)A", new DateOnly(1971, 12, 9), DecisionKind.Amendment, 2);
        var resolution = Record(SourceId.UndlWide, "undl 654415", "A/RES/2799(XXVI)", new DateOnly(1971, 12, 13), DecisionKind.Resolution, 4);

        var record = Reconciler.Reconcile([new SourceBatch(SourceId.Unvotes, [amendment], ["u"], 1), new SourceBatch(SourceId.UndlWide, [resolution], ["w"], 1)]);

        // Then the amendment carries the plenary's date, and the change is a disagreement naming both sources
        var a = record.Decisions.Single(d => d.Kind == DecisionKind.Amendment);
        Assert.Equal(new DateOnly(1971, 12, 13), a.Date);
        Assert.False(a.DateIsLowerBound);
        var change = record.Disagreements.Single(d => d.Field == "date" && d.DecisionKey == a.Key);
        Assert.Equal(("1971-12-09", "1971-12-13", SourceId.UndlWide), (change.ValueA, change.Kept, change.SourceB));
    }

    [Fact]
    public void Reconcile_APlenaryMoreThanSixtyDaysLater_IsNotTakenForTheSameMeeting()
    {
        var amendment = Record(SourceId.Unvotes, "rcid 1", "A/RES/2799(XXVI)A", new DateOnly(1971, 9, 1), DecisionKind.Amendment, 2);
        var resolution = Record(SourceId.UndlWide, "undl 1", "A/RES/2799(XXVI)", new DateOnly(1971, 12, 13), DecisionKind.Resolution, 4);
        var record = Reconciler.Reconcile([new SourceBatch(SourceId.Unvotes, [amendment], ["u"], 1), new SourceBatch(SourceId.UndlWide, [resolution], ["w"], 1)]);
        Assert.Equal(new DateOnly(1971, 9, 1), record.Decisions.Single(d => d.Kind == DecisionKind.Amendment).Date);
    }
}
