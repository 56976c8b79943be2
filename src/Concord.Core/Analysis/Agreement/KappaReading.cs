
namespace Concord.Analysis.Agreement;

/// <summary>Whether a chance-corrected agreement (Cohen's kappa) can be read at all for a pair's votes.</summary>
/// <remarks>
/// Kappa divides by the disagreement expected from each state's own vote distribution. When one state casts nearly
/// the same vote every time (near-unanimous votes, as on peacekeeping), that expected disagreement is close to zero:
/// kappa collapses towards 0 (exactly 0 when one state never varies) however often the two agree, and says nothing
/// about the pair. Such values are shown as not meaningful, with the reason, rather than as a low figure.
/// </remarks>
public static class KappaReading
{
    /// <summary>The share of one kind of vote (yes, abstain or no) above which a state's votes count as near-unanimous.</summary>
    public const double NearUnanimousShare = 0.95;

    /// <summary>What a table prints in place of a kappa that cannot be read.</summary>
    public const string NotMeaningful = "not meaningful (near-unanimous votes)";

    /// <summary>True when both states vary their votes enough for kappa to say something.</summary>
    public static bool IsMeaningful(in PairCounts c)
    {
        if (c.N == 0)
        {
            return false;
        }

        double n = c.N;
        var a = Math.Max(c.AYes, Math.Max(c.AAbstain, c.ANo)) / n;
        var b = Math.Max(c.BYes, Math.Max(c.BAbstain, c.BNo)) / n;
        return a < NearUnanimousShare && b < NearUnanimousShare;
    }

    /// <summary>The kappa of the scores when it can be read, else null.</summary>
    public static double? Readable(in AgreementScores s) => IsMeaningful(s.Counts) ? s.Kappa : null;
}
