namespace Concord.Analysis.IdealPoints;

/// <summary>The Newton step and posterior variances for one state's trajectory under a Gaussian random-walk prior.</summary>
/// <remarks>
/// The log posterior of a trajectory θ(0..T−1) is Σ_t ℓ_t(θ_t) − θ_0²/(2·s0²) − Σ_t (θ_t − θ_(t−1))²/(2·σ²). Its negative
/// Hessian is tridiagonal (the votes' curvature on the diagonal, the walk linking neighbours), so the Newton step is one
/// pass of the Thomas algorithm, the same arithmetic as a Kalman filter and smoother on pseudo-observations. At the
/// mode the diagonal of the inverse is the Laplace approximation to each year's posterior variance; it comes from the
/// forward and backward pivots: (A⁻¹)_tt = 1 / (f_t + g_t − a_t).
/// </remarks>
public static class RandomWalkSmoother
{
    /// <param name="theta">The trajectory (read).</param>
    /// <param name="gradient">Σ d log p/dθ of each year's votes.</param>
    /// <param name="curvature">−Σ d² log p/dθ² of each year's votes (≥ 0; 0 in a year without votes).</param>
    /// <param name="step">The Newton step (written).</param>
    /// <param name="variance">The posterior variance of each year (written).</param>
    /// <param name="scratch">Work space of at least 3·T.</param>
    public static void Solve(ReadOnlySpan<double> theta, ReadOnlySpan<double> gradient, ReadOnlySpan<double> curvature, double firstPriorVariance,
        double walkVariance, Span<double> step, Span<double> variance, Span<double> scratch)
    {
        var n = theta.Length;
        var inv = 1.0 / walkVariance;
        var diag = scratch[..n];
        var forward = scratch.Slice(n, n);
        var rhs = scratch.Slice(2 * n, n);
        for (var t = 0; t < n; t++)
        {
            var links = (t > 0 ? 1 : 0) + (t < n - 1 ? 1 : 0);
            diag[t] = curvature[t] + (links * inv) + (t == 0 ? 1.0 / firstPriorVariance : 0);
            var g = gradient[t] - (t == 0 ? theta[0] / firstPriorVariance : 0);
            if (t > 0)
            {
                g -= (theta[t] - theta[t - 1]) * inv;
            }

            if (t < n - 1)
            {
                g += (theta[t + 1] - theta[t]) * inv;
            }

            rhs[t] = g;
        }

        // Forward elimination (off-diagonal −1/σ²): f_t = a_t − (1/σ²)²/f_(t−1).
        forward[0] = diag[0];
        step[0] = rhs[0];
        for (var t = 1; t < n; t++)
        {
            var m = -inv / forward[t - 1];
            forward[t] = diag[t] + (m * inv);
            step[t] = rhs[t] - (m * step[t - 1]);
        }

        step[n - 1] /= forward[n - 1];
        for (var t = n - 2; t >= 0; t--)
        {
            step[t] = (step[t] + (inv * step[t + 1])) / forward[t];
        }

        // Backward pivots g_t, kept in rhs (no longer needed), then the inverse's diagonal.
        rhs[n - 1] = diag[n - 1];
        for (var t = n - 2; t >= 0; t--)
        {
            rhs[t] = diag[t] - (inv * inv / rhs[t + 1]);
        }

        for (var t = 0; t < n; t++)
        {
            variance[t] = 1.0 / (forward[t] + rhs[t] - diag[t]);
        }
    }
}
