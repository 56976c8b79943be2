namespace Concord.Analysis.IdealPoints;

/// <summary>One vote's log-likelihood under the ordered probit and its derivatives in the two bounds of its interval.</summary>
/// <remarks>
/// A vote in category k (yes &lt; abstain &lt; no) falls where the latent utility y* = μ + ε, ε ~ N(0, 1), lies between
/// the cut-points κ(k−1) and κ(k); with U = κ(k) − μ and L = κ(k−1) − μ its probability is Φ(U) − Φ(L).
/// <see cref="DU"/> and <see cref="DL"/> are ∂ log p / ∂U and ∂L; <see cref="HUU"/>, <see cref="HLL"/>, <see cref="HUL"/>
/// the second derivatives. An infinite bound contributes nothing. The log-likelihood is concave in (U, L) (Pratt 1981),
/// which is what makes every Newton step of the estimator an ascent direction.
/// </remarks>
public readonly record struct OrderedProbitTerm(double LogP, double DU, double DL, double HUU, double HLL, double HUL)
{
    /// <summary>The smallest probability used: a vote the model deems impossible still has a finite, steep gradient.</summary>
    private const double MinP = 1e-300;

    public static OrderedProbitTerm At(double lower, double upper) => Derivatives(lower, upper, withLog: true);

    /// <summary>The derivatives only (<see cref="LogP"/> is 0): the Newton steps need no logarithm.</summary>
    public static OrderedProbitTerm Derivatives(double lower, double upper, bool withLog = false)
    {
        var p = Math.Max(StandardNormal.Interval(lower, upper), MinP);
        double du = 0, dl = 0, huu = 0, hll = 0;
        if (!double.IsPositiveInfinity(upper))
        {
            du = StandardNormal.Density(upper) / p;
            huu = (-upper * du) - (du * du);
        }

        if (!double.IsNegativeInfinity(lower))
        {
            dl = -StandardNormal.Density(lower) / p;
            hll = (-lower * dl) - (dl * dl);
        }

        return new OrderedProbitTerm(withLog ? Math.Log(p) : 0, du, dl, huu, hll, -du * dl);
    }

    /// <summary>d log p / dμ: both bounds move by −μ.</summary>
    public double DMu => -(DU + DL);

    /// <summary>d² log p / dμ² (never positive).</summary>
    public double HMu => HUU + (2 * HUL) + HLL;
}
