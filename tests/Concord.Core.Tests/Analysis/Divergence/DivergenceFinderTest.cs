using Concord.Analysis.Agreement;
using Concord.Analysis.Divergence;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.Analysis.Divergence;

public sealed class DivergenceFinderTest
{
    // Four decisions, five states (rows A, B, C, D, E). Votes: 1 yes, 2 abstain, 3 no, 0 absent.
    //   d0: A yes, B no,  C yes, D no,  E no     -> opposite, tally 2-3-0, contested 1 - 1/5 = 0.8
    //   d1: A yes, B abs, C yes, D yes, E yes    -> one abstained, tally 4-0-1, contested 1 - 4/5 = 0.2
    //   d2: A no,  B yes, C yes, D yes, E yes    -> opposite, tally 4-1-0, contested 0.4
    //   d3: A yes, B yes, ...                    -> no split
    private static VoteMatrix Matrix()
    {
        byte[] votes =
        [
            1, 1, 3, 1,
            3, 2, 1, 1,
            1, 1, 1, 1,
            3, 1, 1, 1,
            3, 1, 1, 1,
        ];
        var decisions = Enumerable.Range(0, 4).Select(i => new MatrixDecision(i + 1, new DateOnly(2020, 1, 1 + i), DecisionKind.Resolution, 74, false, IssueSet.None)).ToArray();
        return new VoteMatrix(["A", "B", "C", "D", "E"], decisions, votes, Forum.GeneralAssembly, predecessorsMerged: false);
    }

    [Fact]
    public void Tallies_CountedInOnePass_AreEachColumnsTally()
    {
        // Given seeded random votes (absent, yes, abstain, no) for 37 states on 101 decisions
        var random = new Random(7);
        var votes = new byte[37 * 101];
        for (var i = 0; i < votes.Length; i++)
        {
            votes[i] = (byte)random.Next(0, 4);
        }

        var decisions = Enumerable.Range(0, 101).Select(i => new MatrixDecision(i + 1, new DateOnly(2000, 1, 1).AddDays(i), DecisionKind.Resolution, 55, false, IssueSet.None)).ToArray();
        var matrix = new VoteMatrix(Enumerable.Range(0, 37).Select(i => $"S{i}").ToArray(), decisions, votes, Forum.GeneralAssembly, predecessorsMerged: false);

        // Then the one-pass tallies equal the plain column walk, column by column
        var tallies = DivergenceFinder.Tallies(matrix);
        Assert.Equal(Enumerable.Range(0, 101).Select(c => DivergenceFinder.TallyOf(matrix, c)), tallies);
        Assert.Same(tallies, DivergenceFinder.Tallies(matrix));
    }

    [Fact]
    public void Find_RanksOppositeVotesFirst_ThenByHowContestedTheDecisionWas()
    {
        // When A and B's splits are ranked
        var splits = DivergenceFinder.Find(Matrix(), 0, 1, _ => true);

        // Then the two opposite votes come first, the closer one (d0, 2-3-0) before d2 (4-1-0), then the abstention (d1)
        Assert.Equal([0, 2, 1], splits.Select(s => s.Column));
        Assert.Equal([true, true, false], splits.Select(s => s.Opposite));
        Assert.Equal(new Tally(2, 3, 0), splits[0].Tally);
        Assert.Equal(0.8, splits[0].Contestedness, 12);
        Assert.Equal(0.4, splits[1].Contestedness, 12);
        Assert.Equal(0.2, splits[2].Contestedness, 12);
    }

    [Fact]
    public void Sides_CountsWhoVotedAsEachWhenTheySplit()
    {
        var m = Matrix();
        var splits = DivergenceFinder.Find(m, 0, 1, _ => true);
        var (withA, withB) = DivergenceFinder.Sides(m, 0, 1, splits);

        // d0: C with A, D and E with B; d2: C, D, E with B (voted yes like B); d1: C, D, E yes like A
        Assert.Equal([("C", 2), ("D", 1), ("E", 1)], withA);
        Assert.Equal([("D", 2), ("E", 2), ("C", 1)], withB);
    }

    [Fact]
    public void RealRecord_ChinaRussiaSplits_IncludeTheUkraineResolutions_RussiaNoChinaAbstain()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var m = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
        var splits = DivergenceFinder.Find(m, m.RowOf("CHN"), m.RowOf("RUS"), _ => true);
        var ids = DecisionSummaryTable.ByIds(db, splits.Select(s => s.Decision.DecisionId));
        var ukraine = splits.Where(s => ids[s.Decision.DecisionId].Symbol is "A/RES/68/262" or "A/RES/ES-11/1").ToList();
        Assert.Equal(2, ukraine.Count);
        Assert.All(ukraine, s => Assert.Equal((Vote.Abstain, Vote.No, false), (s.A, s.B, s.Opposite)));
    }
}
