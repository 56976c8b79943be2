using Concord.Analysis.IdealPoints;

namespace Concord.Tests.Analysis.IdealPoints;

public sealed class StandardNormalTest
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-1.0, 0.15865525393145707)]
    [InlineData(3.0, 0.9986501019683699)]
    public void Cdf_MatchesTables(double x, double expected) => Assert.Equal(expected, StandardNormal.Cdf(x), 1e-7);

    [Theory]
    [InlineData(5.0, 2.866515718791939e-07)]
    [InlineData(8.0, 6.220960574271784e-16)]
    [InlineData(20.0, 2.7536241186062337e-89)]
    public void UpperTail_KeepsRelativePrecisionFarOut(double x, double expected) =>
        Assert.InRange(StandardNormal.UpperTail(x) / expected, 1 - 2e-7, 1 + 2e-7);

    [Fact]
    public void Interval_FarInOneTail_IsThePositiveDifferenceOfTails()
    {
        // Φ(−7) − Φ(−8): computing 1 − … would leave no digits.
        var expected = 1.279812543885835e-12 - 6.220960574271784e-16;
        Assert.InRange(StandardNormal.Interval(-8, -7) / expected, 1 - 2e-7, 1 + 2e-7);
        Assert.InRange(StandardNormal.Interval(7, 8) / expected, 1 - 2e-7, 1 + 2e-7);
        Assert.Equal(0.6826894921370859, StandardNormal.Interval(-1, 1), 1e-7);
        Assert.Equal(1.0, StandardNormal.Interval(double.NegativeInfinity, double.PositiveInfinity), 1e-12);
    }
}
