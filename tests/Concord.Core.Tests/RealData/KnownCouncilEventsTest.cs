using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>Known Security Council decisions, read back from the database built from the real sources.</summary>
public sealed class KnownCouncilEventsTest
{
    private static DecisionTable.Detail Show(string symbol) => RealRecord.Show(symbol);

    private static Vote VoteOf(DecisionTable.Detail d, string state) => RealRecord.VoteOf(d, state);

    [Fact]
    public void CarMandateRenewal_Dec2018_ChinaAndRussiaBothAbstained()
    {
        // Given the Dec 2018 renewal of MINUSCA (seed 002), When read back, Then 13-0-2 with CHN and RUS abstaining
        var d = Show("S/RES/2448(2018)");
        Assert.Equal(new DateOnly(2018, 12, 13), d.Decision.Date);
        Assert.Equal((13, 0, 2), (d.Decision.Tally!.Value.Yes, d.Decision.Tally.Value.No, d.Decision.Tally.Value.Abstain));
        Assert.Equal(Vote.Abstain, VoteOf(d, "CHN"));
        Assert.Equal(Vote.Abstain, VoteOf(d, "RUS"));
        Assert.Equal(13, d.Votes.Count(v => v.Vote == Vote.Yes));
    }

    [Fact]
    public void VenezuelaDraft_Feb2019_WasJointlyVetoedByChinaAndRussia()
    {
        var d = Show("S/2019/186");
        Assert.Equal("vetoed", d.Decision.Outcome);
        Assert.Equal(new DateOnly(2019, 2, 28), d.Decision.Date);
        Assert.Equal(["CHN", "RUS"], d.Vetoers);
        Assert.Equal(Vote.No, VoteOf(d, "CHN"));
        Assert.Equal(Vote.No, VoteOf(d, "RUS"));
        Assert.Equal(Vote.Yes, VoteOf(d, "USA"));
    }

    [Fact]
    public void SpellingVariants_FindTheSameResolution()
    {
        Assert.Equal(Show("S/RES/2448 (2018)").Decision.Id, Show("s/res/2448(2018)").Decision.Id);
    }

    [Fact]
    public void MeetingAwayFromNewYork_DateWithPlace_IsParsed()
    {
        // DGACM writes "19 November 2004 in Nairobi" for the Council's Nairobi meeting
        var d = Show("S/RES/1574(2004)");
        Assert.Equal(new DateOnly(2004, 11, 19), d.Decision.Date);
    }

    [Fact]
    public void DraftsFile_SwappedDayAndMonth_IsCorrected()
    {
        // S/RES/893 was adopted on 6 Jan 1994; the drafts file publishes 1994-06-01 (day and month swapped)
        var d = Show("S/RES/893(1994)");
        Assert.Equal(new DateOnly(1994, 1, 6), d.Decision.Date);
    }

    [Fact]
    public void VetoListDateRange_KeepsTheFirstDay()
    {
        // DHL lists the Grenada draft as "27-28 October 1983"
        var d = Show("S/16077/Rev.1");
        Assert.Equal("vetoed", d.Decision.Outcome);
        Assert.Equal(new DateOnly(1983, 10, 27), d.Decision.Date);
        Assert.Equal(["USA"], d.Vetoers);
    }

    [Fact]
    public void VetoAfterTheVetoListsEnd_ComesFromTheDraftsFile()
    {
        // S/2022/720 (30 Sep 2022, annexation of Ukrainian regions) is after both veto lists end
        var d = Show("S/2022/720");
        Assert.Equal("vetoed", d.Decision.Outcome);
        Assert.Equal(["RUS"], d.Vetoers);
        Assert.Equal(Vote.Abstain, VoteOf(d, "CHN"));
    }

    [Fact]
    public void NoVetoOrVote_IsAttributedToThePrc_BeforeItTookTheSeat()
    {
        // Before 26 Oct 1971 the sources' "China" is the Republic of China (TWN), never the PRC
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        using var cmd = db.Command("""
            SELECT (SELECT count(*) FROM vetoes v JOIN decisions d USING (decision_id) WHERE v.state = 'CHN' AND d.date < DATE '1971-10-26'),
                   (SELECT count(*) FROM votes v JOIN decisions d USING (decision_id) WHERE v.state = 'CHN' AND d.date < DATE '1971-10-26'),
                   (SELECT count(*) FROM votes v JOIN decisions d USING (decision_id) WHERE v.state = 'TWN' AND d.forum = 'sc')
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        Assert.Equal(0, r.GetInt64(0));
        Assert.Equal(0, r.GetInt64(1));
        Assert.True(r.GetInt64(2) > 100);
    }

    [Fact]
    public void Coverage_HoldsEveryCouncilResolutionFrom1To2825_AndTheVetoedDrafts()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var sc = CoverageTable.Council(db);
        Assert.Equal(1, sc.FirstResolution);
        Assert.Equal(2825, sc.LastResolution);
        Assert.Empty(sc.MissingNumbers);
        Assert.InRange(sc.VetoedDrafts, 214, 260);
        Assert.Equal(new DateOnly(1946, 2, 16), sc.FirstVeto);
    }

    [Fact]
    public void VetoListTwoDigitYear_IsRead()
    {
        // DHL writes "30 January 86" for the US veto of S/17769/Rev.1
        var d = Show("S/17769/Rev.1");
        Assert.Equal(new DateOnly(1986, 1, 30), d.Decision.Date);
        Assert.Equal(["USA"], d.Vetoers);
    }

    [Fact]
    public void DgacmDateContradictingTheSymbolYear_NeverWins()
    {
        // DGACM's 2018.json gives S/RES/2423(2018) a 2016 date; the UN Digital Library's 28 Jun 2018 is kept
        Assert.Equal(new DateOnly(2018, 6, 28), Show("S/RES/2423(2018)").Decision.Date);
    }

    [Fact]
    public void MislabelledDraftInTheDraftsFile_TheVetoGoesToTheVoteWhereTheVetoersVotedNo()
    {
        // The drafts file has two votes labelled S/2020/667; DHL: vetoed by China and Russia on 10 Jul 2020 (13-2-0). The
        // other (failed 2-7-6, "2020-09-07" in the file, 9 July by the written-procedure order) is listed beside it.
        var shown = Show("S/2020/667");
        var vetoed = new[] { shown.Decision }.Concat(shown.Related).Single(x => x.Outcome == "vetoed");
        var d = Show(vetoed.Key);
        Assert.Equal(new DateOnly(2020, 7, 10), d.Decision.Date);
        Assert.Equal(["CHN", "RUS"], d.Vetoers);
        Assert.Equal(13, d.Votes.Count(v => v.Vote == Vote.Yes));
    }

    [Fact]
    public void DuplicatedDgacmRecord_IsOneResolution()
    {
        // S/RES/2821(2026) appears twice in 2026.json
        var d = Show("S/RES/2821(2026)");
        Assert.Equal(2, d.Sources.Count(s => s.Source == "dgacm-sc"));
        Assert.Equal(15, d.Votes.Count);
    }
}
