using Concord.Analysis.Agreement;
using Concord.Analysis.IdealPoints;
using Concord.Domain;

namespace Concord.Tests.Analysis.IdealPoints;

public sealed class IdealVoteDataTest
{
    private const byte Y = (byte)Vote.Yes, A = (byte)Vote.Abstain, N = (byte)Vote.No, X = (byte)Vote.Absent, V = (byte)Vote.NonVoting;

    [Fact]
    public void HandMadeMatrix_SelectsBridgesAndRecodes()
    {
        // Columns: 1991 (session 46) a recurring text, a unanimous vote, an amendment; 1992 (session 47) the recurring
        // text again and a yes/no vote of its own.
        MatrixDecision D(int id, int year, DecisionKind kind) => new(id, new DateOnly(year, 11, 1), kind, (short)(year - 1945), false, IssueSet.None);
        MatrixDecision[] decisions = [D(1, 1991, DecisionKind.Resolution), D(2, 1991, DecisionKind.Resolution), D(3, 1991, DecisionKind.Amendment), D(4, 1992, DecisionKind.Resolution), D(5, 1992, DecisionKind.Resolution)];
        byte[] votes =
        [
            Y, Y, Y, Y, Y, // USA
            N, Y, N, Y, N, // AAA
            A, Y, Y, N, Y, // BBB
            X, X, X, N, N, // CCC: first votes in 1992
            V, X, X, X, X, // DDD: never cast a vote
        ];
        var matrix = new VoteMatrix(["USA", "AAA", "BBB", "CCC", "DDD"], decisions, votes, Forum.GeneralAssembly, true);
        var data = IdealVoteData.Build(matrix, ["recurring", null, null, "recurring", null]);

        Assert.Equal(3, data.Decisions);
        Assert.Equal(2, data.Items);
        Assert.Equal([2, 1], data.Occurrences);
        Assert.Equal([3, 2], data.Categories);
        Assert.Equal(["USA", "AAA", "BBB", "CCC"], data.States);
        Assert.Equal(1991, data.FirstYear);
        Assert.Equal([0, 2, 4, 6], data.StateStart);
        Assert.Equal(1992, data.StateFirstYear[3]);
        Assert.Equal([1, 2, 1, 2, 1, 2, 2], data.VotesPerStateYear);
        Assert.Equal(11, data.Observations);

        // Item 0 (the recurring text): yes 0, abstain 1, no 2; item 1 has no abstention, so no is category 1.
        var item0 = Enumerable.Range(data.ItemOffsets[0], data.ItemOffsets[1] - data.ItemOffsets[0]).Select(o => (data.ItemStateYear[o], data.ItemCategory[o])).ToList();
        Assert.Equal([(0, 0), (1, 0), (2, 2), (3, 0), (4, 1), (5, 2), (6, 2)], item0.Select(p => ((int)p.Item1, (int)p.Item2)));
        var item1 = Enumerable.Range(data.ItemOffsets[1], data.ItemOffsets[2] - data.ItemOffsets[1]).Select(o => (int)data.ItemCategory[o]).ToList();
        Assert.Equal([0, 1, 0, 1], item1);
    }
}
