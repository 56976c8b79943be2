using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class DecisionMatcherTest
{
    private static readonly DateOnly s_day = new(1960, 12, 14);

    private static (CanonicalDecision, SourceDecision) Unvotes(string key, Tally tally, DateOnly date, int voters, Func<int, Vote> vote)
    {
        var d = new SourceDecision { Source = SourceId.Unvotes, File = "u.csv", Line = 1, SourceKey = key, Forum = Forum.GeneralAssembly, Date = date, Tally = tally };
        var c = new CanonicalDecision { Forum = Forum.GeneralAssembly, Key = key, Date = date, Tally = tally };
        for (var i = 0; i < voters; i++)
        {
            c.Votes[$"S{i:D3}"] = new VoteRecord(vote(i), SourceId.Unvotes, i);
        }

        return (c, d);
    }

    private static SourceDecision Undl(Tally tally, DateOnly date, int voters, Func<int, Vote> vote)
    {
        var d = new SourceDecision { Source = SourceId.UndlWide, File = "w.csv", Line = 9, SourceKey = "undl 1", Forum = Forum.GeneralAssembly, Symbol = "A/RES/1514(XV)", Date = date, Tally = tally };
        for (var i = 0; i < voters; i++)
        {
            d.Votes.Add(new SourceVote($"S{i:D3}", vote(i), 9));
        }

        return d;
    }

    [Fact]
    public void TryMatchByTally_TheNearestUnmatchedRollCallWithTheSameTallyWithinTwentyDays_IsChosen()
    {
        var matcher = new DecisionMatcher();
        var (far, fd) = Unvotes("rcid 1", new Tally(89, 0, 9), s_day.AddDays(-15), 0, _ => Vote.Yes);
        var (near, nd) = Unvotes("rcid 2", new Tally(89, 0, 9), s_day.AddDays(-3), 0, _ => Vote.Yes);
        var (tooFar, td) = Unvotes("rcid 3", new Tally(89, 0, 9), s_day.AddDays(-25), 0, _ => Vote.Yes);
        matcher.Index(far, fd);
        matcher.Index(near, nd);
        matcher.Index(tooFar, td);

        Assert.Same(near, matcher.TryMatchByTally(Undl(new Tally(89, 0, 9), s_day, 0, _ => Vote.Yes)));
        Assert.Null(matcher.TryMatchByTally(Undl(new Tally(88, 0, 9), s_day, 0, _ => Vote.Yes)));
    }

    [Fact]
    public void TryMatchByVotes_OneRollCallWithNinetySevenPercentSameVotes_IsMatched()
    {
        // Given one roll call whose 60 voters vote as the Digital Library record does, tally off by two
        var matcher = new DecisionMatcher();
        var (c, d) = Unvotes("rcid 1", new Tally(58, 2, 0), s_day.AddDays(-10), 60, i => i < 58 ? Vote.Yes : Vote.No);
        matcher.Index(c, d);

        // When a record with the same votes (one differing) and tally 60-0-0 is matched
        var record = Undl(new Tally(60, 0, 0), s_day, 60, i => i < 59 ? Vote.Yes : Vote.No);

        // Then it is that roll call
        Assert.Same(c, matcher.TryMatchByVotes(record));
    }

    [Fact]
    public void TryMatchByVotes_TwoEquallyCloseRollCalls_MatchNeither()
    {
        var matcher = new DecisionMatcher();
        var (a, ad) = Unvotes("rcid 1", new Tally(60, 0, 0), s_day, 60, _ => Vote.Yes);
        var (b, bd) = Unvotes("rcid 2", new Tally(60, 0, 0), s_day.AddDays(1), 60, _ => Vote.Yes);
        matcher.Index(a, ad);
        matcher.Index(b, bd);
        Assert.Null(matcher.TryMatchByVotes(Undl(new Tally(61, 0, 0), s_day, 60, _ => Vote.Yes)));
    }

    [Fact]
    public void TryMatchByVotes_FewerThanFortyCommonVoters_MatchesNothing()
    {
        var matcher = new DecisionMatcher();
        var (c, d) = Unvotes("rcid 1", new Tally(39, 0, 0), s_day, 39, _ => Vote.Yes);
        matcher.Index(c, d);
        Assert.Null(matcher.TryMatchByVotes(Undl(new Tally(39, 0, 0), s_day, 39, _ => Vote.Yes)));
    }

    [Fact]
    public void TryMatchByDraft_AnAdoptedRecordWithoutNumber_FindsTheResolutionAdoptedFromItsDraft()
    {
        // Given a resolution known with its draft symbol
        var matcher = new DecisionMatcher();
        var resolution = new CanonicalDecision { Forum = Forum.SecurityCouncil, Key = "sc:S/RES/977(1995)", Symbol = "S/RES/977(1995)" };
        matcher.NoteMerged(resolution, new SourceDecision { Source = SourceId.UndlWide, File = "w", Line = 1, SourceKey = "k", Forum = Forum.SecurityCouncil, Draft = "S/1995/148" });

        // When a drafts record without number and with that draft comes
        var adopted = new SourceDecision { Source = SourceId.ScDraftVotes, File = "d", Line = 2, SourceKey = "ID 86", Forum = Forum.SecurityCouncil, Draft = "S/1995/148", Outcome = DecisionOutcome.Adopted };
        var failed = new SourceDecision { Source = SourceId.ScDraftVotes, File = "d", Line = 3, SourceKey = "ID 85", Forum = Forum.SecurityCouncil, Draft = "S/1995/148", Outcome = DecisionOutcome.Failed };

        // Then the adopted one matches and a failed draft of the same symbol does not
        Assert.Same(resolution, matcher.TryMatchByDraft(adopted));
        Assert.Null(matcher.TryMatchByDraft(failed));
    }
}
