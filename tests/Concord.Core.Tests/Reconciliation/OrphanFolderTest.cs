using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class OrphanFolderTest
{
    private static CanonicalDecision Decision(string key, string? symbol, string? draft, DateOnly date, SourceId source, params (string State, Vote Vote)[] votes)
    {
        var c = new CanonicalDecision { Forum = Forum.SecurityCouncil, Key = key, Symbol = symbol, Draft = draft, Date = date, Kind = DecisionKind.Resolution, Outcome = DecisionOutcome.Adopted, RecordedVote = true };
        c.Sources.Add(new Provenance(source, source.Label() + ".csv", 5, key));
        foreach (var (s, v) in votes)
        {
            c.Votes[s] = new VoteRecord(v, source, 5);
        }

        return c;
    }

    [Fact]
    public void Fold_AnOrphanWhoseDraftNamesAResolution_FillsItsGapsAndReportsDifferences()
    {
        // Given a resolution with USA and FRA's votes, and an orphan from the same draft with FRA abstaining and GBR yes
        var log = new DisagreementLog();
        var matcher = new DecisionMatcher();
        var day = new DateOnly(2005, 3, 31);
        var resolution = Decision("sc:S/RES/1593(2005)", "S/RES/1593(2005)", "S/2005/218", day, SourceId.UndlWide, ("USA", Vote.Abstain), ("FRA", Vote.Yes));
        matcher.NoteMerged(resolution, new SourceDecision { Source = SourceId.UndlWide, File = "w", Line = 1, SourceKey = "k", Forum = Forum.SecurityCouncil, Draft = "S/2005/218" });
        var orphan = Decision("sc:sc-drafts:ID 7", null, "S/2005/218", day.AddDays(1), SourceId.ScDraftVotes, ("FRA", Vote.Abstain), ("GBR", Vote.Yes));
        var all = new List<CanonicalDecision> { resolution, orphan };
        var byKey = all.ToDictionary(c => c.Key);

        // When the orphans are folded
        new OrphanFolder(log, matcher, byKey).Fold(all);

        // Then one decision remains: GBR's vote filled in, FRA's kept, and a vote and a date disagreement logged
        Assert.Same(resolution, Assert.Single(all));
        Assert.Equal(Vote.Yes, resolution.Votes["GBR"].Vote);
        Assert.Equal(Vote.Yes, resolution.Votes["FRA"].Vote);
        Assert.Equal(["date", "vote"], log.Items.Select(x => x.Field).Order());
        Assert.Equal(SourceId.ScDraftVotes, resolution.Sources[0].Source);
    }

    [Fact]
    public void Fold_AnOrphanWithNothingToJoin_StaysAndIsReportedUnmatched()
    {
        var log = new DisagreementLog();
        var orphan = Decision("sc:sc-drafts:ID 9", null, "S/2005/999", new DateOnly(2005, 4, 1), SourceId.ScDraftVotes);
        var all = new List<CanonicalDecision> { orphan };
        new OrphanFolder(log, new DecisionMatcher(), all.ToDictionary(c => c.Key)).Fold(all);
        Assert.Single(all);
        Assert.Equal("unmatched", Assert.Single(log.Items).Field);
    }

    [Fact]
    public void FindTarget_NoDraftMatch_FallsBackToTheOneSameDaySameTallyResolution()
    {
        var day = new DateOnly(2005, 4, 1);
        var target = Decision("sc:S/RES/1594(2005)", "S/RES/1594(2005)", null, day, SourceId.UndlWide);
        target.Tally = new Tally(15, 0, 0);
        var orphan = Decision("sc:sc-drafts:ID 10", null, "S/2005/300", day, SourceId.ScDraftVotes);
        orphan.Tally = new Tally(15, 0, 0);
        var all = new List<CanonicalDecision> { target, orphan };
        var folder = new OrphanFolder(new DisagreementLog(), new DecisionMatcher(), all.ToDictionary(c => c.Key));
        Assert.Same(target, folder.FindTarget(orphan, all));
    }
}
