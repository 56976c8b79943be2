using Concord.Analysis.IdealPoints;

namespace Concord.Tests.Analysis.IdealPoints;

public sealed class RandomWalkSmootherTest
{
    [Fact]
    public void ThreeYears_StepAndVariance_AreTheDenseSolution()
    {
        // θ = (0.2, 0.5, −0.1), vote gradients g, curvatures c, s0² = 1, σ² = 0.25 (1/σ² = 4).
        double[] theta = [0.2, 0.5, -0.1], g = [1.0, -0.5, 0.3], c = [2.0, 0.0, 3.0];
        var a = new double[,] { { 2 + 4 + 1, -4, 0 }, { -4, 0 + 8, -4 }, { 0, -4, 3 + 4 } };
        // Right-hand side: g minus the prior's gradient at θ.
        double[] r =
        [
            1.0 - 0.2 + (4 * (0.5 - 0.2)),
            -0.5 - (4 * (0.5 - 0.2)) + (4 * (-0.1 - 0.5)),
            0.3 - (4 * (-0.1 - 0.5)),
        ];
        var inverse = Invert3(a);
        var step = new double[3];
        var variance = new double[3];
        RandomWalkSmoother.Solve(theta, g, c, 1.0, 0.25, step, variance, new double[9]);
        for (var i = 0; i < 3; i++)
        {
            var expected = (inverse[i, 0] * r[0]) + (inverse[i, 1] * r[1]) + (inverse[i, 2] * r[2]);
            Assert.Equal(expected, step[i], 12);
            Assert.Equal(inverse[i, i], variance[i], 12);
        }

        // A year without votes (curvature 0) borrows precision from both neighbours, so it is still finite and
        // wider than theirs.
        Assert.True(variance[1] > variance[0] && variance[1] > variance[2]);
    }

    private static double[,] Invert3(double[,] m)
    {
        var det = (m[0, 0] * ((m[1, 1] * m[2, 2]) - (m[1, 2] * m[2, 1])))
            - (m[0, 1] * ((m[1, 0] * m[2, 2]) - (m[1, 2] * m[2, 0])))
            + (m[0, 2] * ((m[1, 0] * m[2, 1]) - (m[1, 1] * m[2, 0])));
        var inv = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                int r0 = (j + 1) % 3, r1 = (j + 2) % 3, c0 = (i + 1) % 3, c1 = (i + 2) % 3;
                inv[i, j] = ((m[r0, c0] * m[r1, c1]) - (m[r0, c1] * m[r1, c0])) / det;
            }
        }

        return inv;
    }
}
