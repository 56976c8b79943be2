using Concord.Analysis.IdealPoints;

namespace Concord.Tests.Analysis.IdealPoints;

public sealed class OrderedProbitTermTest
{
    [Fact]
    public void LowestCategory_AtItsCutPoint_HasTheHandComputedDerivatives()
    {
        // p = Φ(0) = ½; d log p/dU = φ(0)/½ = 2/√(2π); d²/dU² = −0·… − (2/√(2π))² = −2/π.
        var t = OrderedProbitTerm.At(double.NegativeInfinity, 0);
        Assert.Equal(Math.Log(0.5), t.LogP, 1e-7);
        Assert.Equal(2 / Math.Sqrt(2 * Math.PI), t.DU, 1e-7);
        Assert.Equal(-2 / Math.PI, t.HUU, 1e-7);
        Assert.Equal(0, t.DL);
        Assert.Equal(0, t.HUL);
        Assert.Equal(-t.DU, t.DMu, 12);
    }

    [Theory]
    [InlineData(-0.4, 0.9)]
    [InlineData(1.5, 2.5)]
    [InlineData(-6.0, -5.2)]
    public void MiddleCategory_DerivativesMatchFiniteDifferences(double lower, double upper)
    {
        const double h = 1e-4;
        var t = OrderedProbitTerm.At(lower, upper);
        double LogP(double l, double u) => OrderedProbitTerm.At(l, u).LogP;
        Assert.Equal((LogP(lower, upper + h) - LogP(lower, upper - h)) / (2 * h), t.DU, 4);
        Assert.Equal((LogP(lower + h, upper) - LogP(lower - h, upper)) / (2 * h), t.DL, 4);
        Assert.Equal((LogP(lower, upper + h) - (2 * t.LogP) + LogP(lower, upper - h)) / (h * h), t.HUU, 2);
        Assert.Equal((LogP(lower + h, upper) - (2 * t.LogP) + LogP(lower - h, upper)) / (h * h), t.HLL, 2);
        var cross = (LogP(lower + h, upper + h) - LogP(lower + h, upper - h) - LogP(lower - h, upper + h) + LogP(lower - h, upper - h)) / (4 * h * h);
        Assert.Equal(cross, t.HUL, 2);
        Assert.True(t.HMu < 0, "the log-likelihood is concave in the linear predictor");
    }
}
