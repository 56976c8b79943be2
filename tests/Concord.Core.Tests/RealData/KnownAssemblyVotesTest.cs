using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>Known General Assembly votes and the identity quirks of the sources, read back from the real record.</summary>
public sealed class KnownAssemblyVotesTest
{
    private static DecisionTable.Detail Show(string symbol) => RealRecord.Show(symbol);

    private static Vote VoteOf(DecisionTable.Detail d, string state) => RealRecord.VoteOf(d, state);

    [Fact]
    public void TerritorialIntegrityOfUkraine_2014_RussiaNo_ChinaAbstain()
    {
        var d = Show("A/RES/68/262");
        Assert.Equal(new DateOnly(2014, 3, 27), d.Decision.Date);
        Assert.Equal(Vote.No, VoteOf(d, "RUS"));
        Assert.Equal(Vote.Abstain, VoteOf(d, "CHN"));
        Assert.Equal(Vote.Yes, VoteOf(d, "USA"));
        // The wide file's "ABSENT COUNT" column holds the abstentions (58), not absences
        Assert.Equal((100, 11, 58), (d.Decision.Tally!.Value.Yes, d.Decision.Tally.Value.No, d.Decision.Tally.Value.Abstain));
        Assert.Equal(58, d.Votes.Count(v => v.Vote == Vote.Abstain));
    }

    [Fact]
    public void ChinaSeatBefore1971_IsTheRepublicOfChina()
    {
        // A/RES/498(V), 1 Feb 1951, condemning the PRC's intervention in Korea: the "China" that voted yes was the ROC
        var d = Show("A/RES/498(V)");
        Assert.Equal(Vote.Yes, VoteOf(d, "TWN"));
        Assert.Equal(Vote.Absent, VoteOf(d, "CHN"));
        Assert.Equal(Vote.No, VoteOf(d, "SUN"));
        Assert.Equal(Vote.Absent, VoteOf(d, "RUS"));
    }

    [Fact]
    public void Resolution2758_RestoresThePrc_WhichDidNotVoteOnIt()
    {
        var d = Show("A/RES/2758(XXVI)");
        Assert.Equal(new DateOnly(1971, 10, 25), d.Decision.Date);
        Assert.Equal(Vote.Absent, VoteOf(d, "CHN"));
        Assert.Equal(Vote.Yes, VoteOf(d, "SUN"));
        Assert.Equal(76, d.Decision.Tally!.Value.Yes);
    }

    [Fact]
    public void DgacmSession74_IsoDateWithTime_IsParsed()
    {
        Assert.Equal(new DateOnly(2019, 10, 10), Show("A/RES/74/1").Decision.Date);
    }

    [Fact]
    public void EmergencySession_Ukraine2022_RussiaNo_ChinaAbstain()
    {
        var d = Show("A/RES/ES-11/1");
        Assert.Equal(new DateOnly(2022, 3, 2), d.Decision.Date);
        Assert.Equal(Vote.No, VoteOf(d, "RUS"));
        Assert.Equal(Vote.Abstain, VoteOf(d, "CHN"));
        Assert.Equal(141, d.Decision.Tally!.Value.Yes);
    }

    [Fact]
    public void AdoptedWithoutAVote_HasNoMemberVotes()
    {
        var d = Show("A/RES/78/3");
        Assert.False(d.Decision.RecordedVote);
        Assert.Empty(d.Votes);
    }

    [Fact]
    public void Coverage_GeneralAssembly_Runs1946To2026()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var ga = CoverageTable.Run(db).Single(r => r.Forum == "ga" && r.Source.StartsWith("all", StringComparison.Ordinal));
        Assert.Equal(1946, ga.First!.Value.Year);
        Assert.Equal(2026, ga.Last!.Value.Year);
        Assert.InRange(ga.StateVotes, 1_000_000, 1_300_000);
    }

    [Fact]
    public void RussiaAgreement_IncludesUssrVotes_UnlessExcluded()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var with = Counts(db, "RUS", "USA", 1980, mergePredecessors: true);
        var without = Counts(db, "RUS", "USA", 1980, mergePredecessors: false);
        Assert.True(with.N > 100);
        Assert.Equal(0, without.N);
    }

    [Fact]
    public void ChinaRussiaAgreement_2014_MatchesACountOverTheRawVotes()
    {
        // Given the votes stored for both, When the agreement is recomputed by hand in SQL, Then they match
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var row = AgreementScores.From(Counts(db, "CHN", "RUS", 2014, mergePredecessors: true), 10);
        using var cmd = db.Command("""
            SELECT count(*), sum(CASE WHEN a.vote = b.vote THEN 1 ELSE 0 END)
            FROM votes a JOIN votes b USING (decision_id) JOIN decisions d USING (decision_id)
            WHERE a.state = 'CHN' AND b.state = 'RUS' AND d.forum = 'ga' AND d.year = 2014 AND d.recorded_vote
              AND a.vote BETWEEN 1 AND 3 AND b.vote BETWEEN 1 AND 3
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        Assert.Equal(r.GetInt64(0), row.N);
        Assert.Equal(r.GetInt64(1) / (double)r.GetInt64(0), row.Identical!.Value, 9);
        Assert.InRange(row.Agreement!.Value, 0.7, 0.95);
    }

    /// <summary>One pair's counts over one year, from the metrics engine.</summary>
    private static PairCounts Counts(ConcordDatabase db, string a, string b, int year, bool mergePredecessors)
    {
        var matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly, mergePredecessors);
        var periods = Periods.Build(matrix, PeriodKind.All, _ => true, year, year);
        return AllPairsAgreement.OnePair(matrix, periods, matrix.RowOf(a), matrix.RowOf(b))[0];
    }
}
