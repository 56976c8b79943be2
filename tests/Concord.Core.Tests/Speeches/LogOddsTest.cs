using Concord.Analysis.Speeches;

namespace Concord.Tests.Speeches;

public sealed class LogOddsTest
{
    [Fact]
    public void Z_OfATinyCase_IsTheHandComputedValue()
    {
        // Given A says word 0 ten times, B says word 1 ten times, the background says each ten times, α0 = 2 (α = 1 each)
        long[] a = [10, 0], b = [0, 10], background = [10, 10];

        // When the log-odds z are computed
        var z = LogOdds.Z(a, b, background, priorWords: 2);

        // Then δ0 = ln(11 / (12 − 11)) − ln(1 / (12 − 1)) = 2 ln 11 = 4.795791, var = 1/11 + 1/1 = 1.090909,
        // z0 = 4.795791 / 1.044466 = 4.591620; word 1 is the mirror image
        Assert.Equal(4.591620, z[0], 5);
        Assert.Equal(-z[0], z[1], 12);
    }

    [Fact]
    public void Z_OfAWordNeitherUsed_IsNaN()
    {
        var z = LogOdds.Z(new long[] { 5, 0 }, new long[] { 5, 0 }, new long[] { 10, 3 });

        Assert.Equal(0.0, z[0], 12);
        Assert.True(double.IsNaN(z[1]));
    }

    [Fact]
    public void Spearman_OfAMonotoneRelation_IsOne_AndPearsonOfALine_IsOne()
    {
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [1, 4, 9, 16, 25];

        Assert.Equal(1.0, Correlation.Spearman(x, y), 12);
        Assert.Equal(1.0, Correlation.Pearson(x, x.Select(v => (2 * v) + 1).ToArray()), 12);
        Assert.Equal([1.5, 1.5, 3], Correlation.Ranks([2.0, 2.0, 5.0]));
    }
}
