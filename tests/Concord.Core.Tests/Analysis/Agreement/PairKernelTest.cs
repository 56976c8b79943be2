using Concord.Analysis.Agreement;
using Concord.Domain;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

public class PairKernelTest
{
    /// <summary>Two states' votes as a two-row matrix.</summary>
    private static VoteMatrix TwoStates(byte[] a, byte[] b)
    {
        var decisions = Enumerable.Range(0, a.Length).Select(c => Decision(c + 1, new DateOnly(2001, 1, 1).AddDays(c))).ToArray();
        return new VoteMatrix(["AAA", "BBB"], decisions, [.. a, .. b], Forum.GeneralAssembly, predecessorsMerged: false);
    }

    private static (PairCounts Bits, PairCounts Scalar) BothKernels(VoteMatrix matrix, int[] columns, int rowA = 0, int rowB = 1)
    {
        var planes = new PeriodPlanes(matrix, columns);
        var bits = PairKernel.Count(planes.Planes(rowA), planes.Planes(rowB), planes.Words);
        var scalar = ScalarPairKernel.Count(ScalarPairKernel.Gather(matrix, rowA, columns), ScalarPairKernel.Gather(matrix, rowB, columns));
        return (bits, scalar);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(130)]
    [InlineData(257)]
    public void Count_OnBitPlanes_EqualsTheScalarCountAcrossWordBoundaries(int decisions)
    {
        // Given two states whose votes cycle through absent, yes, abstain, no and non-voting at different strides,
        // so that every combination occurs on both sides of each 64-decision word boundary
        var a = Enumerable.Range(0, decisions).Select(k => (byte)(((k * 7) + 3) % 5)).ToArray();
        var b = Enumerable.Range(0, decisions).Select(k => (byte)(((k * 3) + (k / 5)) % 5)).ToArray();
        var matrix = TwoStates(a, b);

        // When both kernels count the pair over every decision
        var (bits, scalar) = BothKernels(matrix, [.. Enumerable.Range(0, decisions)]);

        // Then the counts are identical, and the scalar count is what a direct tally gives
        Assert.Equal(scalar, bits);
        var cast = Enumerable.Range(0, decisions).Count(k => a[k] is >= 1 and <= 3 && b[k] is >= 1 and <= 3);
        Assert.Equal(cast, bits.N);
        Assert.Equal(Enumerable.Range(0, decisions).Count(k => a[k] == 1 && b[k] == 3), bits.YesNo);
    }

    [Fact]
    public void Count_VotesOnEitherSideOfTheFirstWordBoundary_AreCountedInTheirOwnWords()
    {
        // Given 130 decisions on which both states are absent or non-voting, except
        //   decision 63 (last bit of word 0): A yes, B no
        //   decision 64 (first bit of word 1): both abstain
        //   decision 128 (first bit of word 2): both no
        //   decision 129: A abstain, B yes
        var a = new byte[130];
        var b = new byte[130];
        for (var k = 0; k < 130; k++)
        {
            a[k] = (byte)(k % 2 == 0 ? 0 : 4);
            b[k] = (byte)(k % 3 == 0 ? 4 : 0);
        }

        (a[63], b[63]) = (1, 3);
        (a[64], b[64]) = (2, 2);
        (a[128], b[128]) = (3, 3);
        (a[129], b[129]) = (2, 1);
        var matrix = TwoStates(a, b);

        // When both kernels count the pair
        var (bits, scalar) = BothKernels(matrix, [.. Enumerable.Range(0, 130)]);

        // Then n = 4 with one YN, one AA, one NN and one partial; A: yes 1, abstain 2; B: yes 1, abstain 1
        var expected = new PairCounts(N: 4, YesYes: 0, AbstainAbstain: 1, NoNo: 1, YesNo: 1, NoYes: 0, AYes: 1, AAbstain: 2, BYes: 1, BAbstain: 1);
        Assert.Equal(expected, bits);
        Assert.Equal(expected, scalar);
        Assert.Equal(1, bits.Partial);
    }

    [Fact]
    public void Count_OnASubsetOfColumnsInAnyOrder_EqualsTheScalarCountOnTheGatheredVotes()
    {
        // Given a 5-state × 200-decision random matrix and 70 of its columns, not contiguous and not sorted
        var random = new Random(64);
        var matrix = RandomMatrix(random, 5, 200);
        var columns = Enumerable.Range(0, 200).OrderBy(_ => random.Next()).Take(70).ToArray();

        // When every pair is counted by both kernels
        for (var i = 0; i < matrix.Rows; i++)
        {
            for (var j = 0; j < matrix.Rows; j++)
            {
                var (bits, scalar) = BothKernels(matrix, columns, i, j);

                // Then they agree for every ordered pair, the diagonal included
                Assert.Equal(scalar, bits);
            }
        }
    }

    [Fact]
    public void Count_PlanesShorterThanTheWidth_AreRejected()
    {
        // Given the planes of a one-word period
        var matrix = TwoStates(Votes("YNA"), Votes("YYY"));
        var planes = new PeriodPlanes(matrix, [0, 1, 2]);

        // When they are counted as if two words wide, Then the kernel refuses rather than read past them
        Assert.Throws<ArgumentException>(() => PairKernel.Count(planes.Planes(0), planes.Planes(1), 2));
    }

    [Fact]
    public void PeriodPlanes_StateWithOnlyAbsentAndNonVotingVotes_IsInactive()
    {
        // Given one state that voted once and one that was only absent or non-voting
        var matrix = TwoStates(Votes("-X-Y"), Votes("X-X-"));

        // When the period's planes are built
        var planes = new PeriodPlanes(matrix, [0, 1, 2, 3]);

        // Then only the first is active, and the pair has n = 0
        Assert.Equal([true, false], planes.Active);
        Assert.Equal(0, PairKernel.Count(planes.Planes(0), planes.Planes(1), planes.Words).N);
        Assert.Equal(1, planes.Words);
    }
}
