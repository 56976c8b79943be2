namespace Concord.Analysis.Agreement;

/// <summary>Every agreement measure of one pair over one period, with the counts behind them.</summary>
/// <remarks>
/// Votes are on an interval scale yes = 1, abstain = ½, no = 0. Over the n decisions both voted on:
/// <list type="bullet">
/// <item><see cref="Agreement"/> (Voeten): mean of 1 − |x − y|.</item>
/// <item><see cref="Identical"/>: share of identical votes.</item>
/// <item><see cref="SAbsolute"/>, <see cref="SSquared"/> (Signorino &amp; Ritter 1999): 1 − 2·Σd/(n·d_max) with d = |x − y| or (x − y)², d_max = 1.</item>
/// <item><see cref="Kappa"/>, <see cref="Pi"/> (Häge 2011): 1 − D_o/D_e with squared (interval) distance; D_e from each
/// state's own vote distribution on the common decisions (kappa) or from their pooled distribution (pi).
/// <see cref="KappaNominal"/>, <see cref="PiNominal"/>: the same with distance 0 for identical votes, 1 otherwise.</item>
/// <item><see cref="Coincidence"/> (US State Department): by default identical ÷ (identical + opposite), yes and no votes
/// only; under another <see cref="CoincidenceRule"/> the rule of that year's report (<see cref="StateDeptCoincidence"/>).</item>
/// </list>
/// A value is null, never NaN or infinity, when it is undefined: n below the minimum, D_e = 0 (both states cast one
/// and the same kind of vote throughout), or no yes/no pair for coincidence.
/// </remarks>
public readonly record struct AgreementScores(
    PairCounts Counts,
    double? Agreement,
    double? Identical,
    double? SAbsolute,
    double? SSquared,
    double? Kappa,
    double? KappaNominal,
    double? Pi,
    double? PiNominal,
    double? Coincidence)
{
    public int N => Counts.N;

    /// <param name="c">The pair's counts over the period.</param>
    /// <param name="minN">Fewest common votes for any value.</param>
    /// <param name="coincidence">How <see cref="Coincidence"/> counts abstentions and absences (the convention's, for the period's year).</param>
    public static AgreementScores From(in PairCounts c, int minN, CoincidenceRule coincidence = CoincidenceRule.YesNoOnly)
    {
        if (c.N < Math.Max(1, minN))
        {
            return new AgreementScores(c, null, null, null, null, null, null, null, null, null);
        }

        double n = c.N;
        double partial = c.Partial;
        double opposite = c.Opposite;
        var absDistance = ((0.5 * partial) + opposite) / n;
        var sqDistance = ((0.25 * partial) + opposite) / n;
        var nominalDistance = (n - c.Same) / n;

        // Each state's distribution over yes, abstain, no on the common decisions.
        double ay = c.AYes / n, aa = c.AAbstain / n, an = c.ANo / n;
        double by = c.BYes / n, ba = c.BAbstain / n, bn = c.BNo / n;
        var kappaExpectedSq = ExpectedSquared(ay, aa, an, by, ba, bn);
        var kappaExpectedNominal = 1 - ((ay * by) + (aa * ba) + (an * bn));
        double py = (ay + by) / 2, pa = (aa + ba) / 2, pn = (an + bn) / 2;
        var piExpectedSq = ExpectedSquared(py, pa, pn, py, pa, pn);
        var piExpectedNominal = 1 - ((py * py) + (pa * pa) + (pn * pn));

        return new AgreementScores(
            c,
            1 - absDistance,
            c.Same / n,
            1 - (2 * absDistance),
            1 - (2 * sqDistance),
            Chance(sqDistance, kappaExpectedSq),
            Chance(nominalDistance, kappaExpectedNominal),
            Chance(sqDistance, piExpectedSq),
            Chance(nominalDistance, piExpectedNominal),
            StateDeptCoincidence.Compute(c, coincidence));
    }

    /// <summary>Expected squared distance between independent draws from two distributions over (1, ½, 0).</summary>
    private static double ExpectedSquared(double ay, double aa, double an, double by, double ba, double bn) =>
        (0.25 * ((ay * ba) + (aa * by) + (aa * bn) + (an * ba))) + (ay * bn) + (an * by);

    // Below this the expected disagreement is zero up to rounding: the ratio would be meaningless.
    private const double Epsilon = 1e-12;

    private static double? Chance(double observed, double expected) => expected < Epsilon ? null : 1 - (observed / expected);
}
