using Concord.Analysis.Agreement;
using Concord.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

/// <summary>Two states' votes (bytes 0..4) on the same decisions.</summary>
public sealed record VotePair(byte[] A, byte[] B)
{
    public override string ToString() => $"A = [{string.Join(",", A)}], B = [{string.Join(",", B)}]";
}

/// <summary>One state's votes, with at least two different cast categories among them.</summary>
public sealed record MixedVotes(byte[] Votes)
{
    public override string ToString() => $"[{string.Join(",", Votes)}]";
}

/// <summary>A vote matrix, a relabelling of its rows (old row i becomes row Permutation[i]) and a subset of its columns.</summary>
public sealed record MatrixCase(int Rows, int Columns, byte[] Votes, int[] Permutation, int[] Subset)
{
    public VoteMatrix Matrix() => new(
        Enumerable.Range(0, Rows).Select(r => $"S{r:D2}").ToList(),
        Enumerable.Range(0, Columns).Select(c => Decision(c + 1, new DateOnly(1990, 1, 1).AddDays(c))).ToArray(),
        Votes,
        Forum.GeneralAssembly,
        predecessorsMerged: false);

    public VoteMatrix Relabelled()
    {
        var votes = new byte[Votes.Length];
        for (var r = 0; r < Rows; r++)
        {
            Array.Copy(Votes, r * Columns, votes, Permutation[r] * Columns, Columns);
        }

        var states = new string[Rows];
        for (var r = 0; r < Rows; r++)
        {
            states[Permutation[r]] = $"S{r:D2}";
        }

        return new VoteMatrix(states, Matrix().Decisions, votes, Forum.GeneralAssembly, predecessorsMerged: false);
    }

    public override string ToString() =>
        $"{Rows}×{Columns}, permutation [{string.Join(",", Permutation)}], subset [{string.Join(",", Subset)}], votes [{string.Join(",", Votes)}]";
}

public static class VoteArbitraries
{
    /// <summary>Votes drawn from a random palette of the five codes, so that one- and two-category runs are common.</summary>
    private static Gen<byte[]> VotesOf(int length, byte[] palette) => Gen.ArrayOf(Gen.Elements(palette), length);

    private static readonly Gen<byte[]> Palette =
        Gen.SubListOf(new byte[] { 0, 1, 2, 3, 4 }).Where(p => p.Count > 0).Select(p => p.ToArray());

    private static Gen<byte[]> AnyPalette() => Gen.Frequency((1, Palette), (2, Gen.Constant(new byte[] { 0, 1, 2, 3, 4 })));

    public static Arbitrary<VotePair> VotePair() =>
        (from length in Gen.Choose(0, 300)
         from paletteA in AnyPalette()
         from paletteB in AnyPalette()
         from a in VotesOf(length, paletteA)
         from b in VotesOf(length, paletteB)
         select new VotePair(a, b)).ToArbitrary();

    public static Arbitrary<MixedVotes> MixedVotes() =>
        (from length in Gen.Choose(2, 300)
         from palette in AnyPalette()
         from votes in VotesOf(length, palette)
         select new MixedVotes(votes))
        .Where(m => m.Votes.Where(v => v is >= 1 and <= 3).Distinct().Count() >= 2)
        .ToArbitrary();

    public static Arbitrary<MatrixCase> MatrixCase() =>
        (from rows in Gen.Choose(2, 7)
         from columns in Gen.Choose(0, 200)
         from votes in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 4)), (1, Gen.Constant(1))).Select(v => (byte)v), rows * columns)
         from permutation in Gen.Shuffle(Enumerable.Range(0, rows))
         from subset in Gen.SubListOf(Enumerable.Range(0, columns))
         from order in Gen.Shuffle(subset.ToArray())
         select new MatrixCase(rows, columns, votes, permutation.ToArray(), order.ToArray())).ToArbitrary();
}

[Properties(Arbitrary = [typeof(VoteArbitraries)])]
public class AgreementPropertiesTest
{
    private static AgreementScores ScoresOf(byte[] a, byte[] b) => AgreementScores.From(ScalarPairKernel.Count(a, b), 1);

    [Property]
    public void Scores_AreSymmetricInTheTwoStates(VotePair pair)
    {
        // Given a pair of vote vectors
        // When the measures are computed for (A, B) and for (B, A)
        var ab = ScoresOf(pair.A, pair.B);
        var ba = ScoresOf(pair.B, pair.A);

        // Then the counts are each other's mirror and every measure is the same
        Assert.Equal(Swap(ab.Counts), ba.Counts);
        Assert.Equal(ab.Agreement, ba.Agreement);
        Assert.Equal(ab.Identical, ba.Identical);
        Assert.Equal(ab.SAbsolute, ba.SAbsolute);
        Assert.Equal(ab.SSquared, ba.SSquared);
        Assert.Equal(ab.Pi, ba.Pi);
        Assert.Equal(ab.PiNominal, ba.PiNominal);
        Assert.Equal(ab.KappaNominal, ba.KappaNominal);
        Assert.Equal(ab.Coincidence, ba.Coincidence);

        // kappa's expected distance adds the same products in another order: equal up to rounding
        Assert.Equal(ab.Kappa.HasValue, ba.Kappa.HasValue);
        if (ab.Kappa is { } k)
        {
            Assert.Equal(k, ba.Kappa!.Value, 1e-12);
        }
    }

    [Property]
    public void Scores_StayWithinTheirRanges(VotePair pair)
    {
        // Given a pair of vote vectors
        // When the measures are computed
        var s = ScoresOf(pair.A, pair.B);

        // Then shares are in [0, 1], S in [-1, 1], the chance-corrected measures at most 1
        InRange(s.Agreement, 0, 1);
        InRange(s.Identical, 0, 1);
        InRange(s.Coincidence, 0, 1);
        InRange(s.SAbsolute, -1, 1);
        InRange(s.SSquared, -1, 1);
        InRange(s.Kappa, double.MinValue, 1);
        InRange(s.KappaNominal, double.MinValue, 1);
        InRange(s.Pi, double.MinValue, 1);
        InRange(s.PiNominal, double.MinValue, 1);

        // And a pair sharing a vote has agreement, identical and S; one sharing none has nothing
        Assert.Equal(s.N > 0, s.Agreement.HasValue && s.Identical.HasValue && s.SAbsolute.HasValue && s.SSquared.HasValue);
    }

    private static void InRange(double? value, double low, double high)
    {
        if (value is { } v)
        {
            Assert.InRange(v, low, high);
        }
    }

    [Property]
    public void Scores_OfAStateWithItself_AreOneWhenItUsedAtLeastTwoCategories(MixedVotes votes)
    {
        // Given a vote vector with at least two different cast votes, compared with a copy of itself
        // When the measures are computed
        var s = ScoresOf(votes.Votes, [.. votes.Votes]);

        // Then agreement, identical, both S and both kappa and pi are exactly 1
        Assert.Equal(1.0, s.Agreement);
        Assert.Equal(1.0, s.Identical);
        Assert.Equal(1.0, s.SAbsolute);
        Assert.Equal(1.0, s.SSquared);
        Assert.Equal(1.0, s.Kappa);
        Assert.Equal(1.0, s.KappaNominal);
        Assert.Equal(1.0, s.Pi);
        Assert.Equal(1.0, s.PiNominal);
    }

    [Property]
    public void Compute_OnRelabelledStates_GivesEveryPairTheSameCounts(MatrixCase c)
    {
        // Given a matrix and the same matrix with its rows permuted, over one period of a subset of the columns
        var original = c.Matrix();
        var relabelled = c.Relabelled();
        IReadOnlyList<Period> periods = [new Period("subset", c.Subset)];

        // When all pairs are computed on both
        var before = AllPairsAgreement.Compute(original, periods);
        var after = AllPairsAgreement.Compute(relabelled, periods).ToDictionary(p => (p.A, p.B), p => p.Counts);

        // Then the same number of pairs come back, and each pair has the same counts under its new rows
        Assert.Equal(before.Length, after.Count);
        foreach (var p in before)
        {
            var (a, b) = (c.Permutation[p.A], c.Permutation[p.B]);
            var counts = a < b ? after[(a, b)] : Swap(after[(b, a)]);
            Assert.Equal(p.Counts, counts);
            Assert.Equal(original.States[p.A], relabelled.States[a]);
        }
    }

    [Property]
    public void BitPlaneKernel_EqualsTheScalarKernel(VotePair pair)
    {
        // Given two states' votes as a two-row matrix
        var decisions = Enumerable.Range(0, pair.A.Length).Select(k => Decision(k + 1, new DateOnly(2010, 1, 1).AddDays(k))).ToArray();
        var matrix = new VoteMatrix(["AAA", "BBB"], decisions, [.. pair.A, .. pair.B], Forum.GeneralAssembly, predecessorsMerged: false);
        var columns = Enumerable.Range(0, pair.A.Length).ToArray();

        // When the pair is counted from bit planes with popcounts and byte by byte
        var planes = new PeriodPlanes(matrix, columns);
        var bits = PairKernel.Count(planes.Planes(0), planes.Planes(1), planes.Words);

        // Then the counts are the same
        Assert.Equal(ScalarPairKernel.Count(pair.A, pair.B), bits);
    }

    [Property]
    public void BitPlaneKernel_OnAnyColumnSubset_EqualsTheScalarKernelOnGatheredVotes(MatrixCase c)
    {
        // Given a matrix and a subset of its columns in random order
        var matrix = c.Matrix();
        var planes = new PeriodPlanes(matrix, c.Subset);

        // When every pair is counted both ways, Then the counts are the same
        for (var i = 0; i < matrix.Rows; i++)
        {
            var gi = ScalarPairKernel.Gather(matrix, i, c.Subset);
            for (var j = i + 1; j < matrix.Rows; j++)
            {
                var scalar = ScalarPairKernel.Count(gi, ScalarPairKernel.Gather(matrix, j, c.Subset));
                Assert.Equal(scalar, PairKernel.Count(planes.Planes(i), planes.Planes(j), planes.Words));
            }
        }
    }
}
