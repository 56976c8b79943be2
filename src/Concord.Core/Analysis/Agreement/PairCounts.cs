namespace Concord.Analysis.Agreement;

/// <summary>What every agreement measure needs to know about two states over one period, counted in one pass.</summary>
/// <remarks>
/// Counts are over the decisions both states voted on (yes, abstain or no); absent and non-voting are left out
/// pairwise. <c>A*</c> and <c>B*</c> are each state's own votes on those common decisions (kappa's marginals).
/// </remarks>
public record struct PairCounts(int N, int YesYes, int AbstainAbstain, int NoNo, int YesNo, int NoYes, int AYes, int AAbstain, int BYes, int BAbstain)
{
    public readonly int Same => YesYes + AbstainAbstain + NoNo;

    public readonly int Opposite => YesNo + NoYes;

    /// <summary>One abstained, the other voted yes or no.</summary>
    public readonly int Partial => N - Same - Opposite;

    public readonly int ANo => N - AYes - AAbstain;

    public readonly int BNo => N - BYes - BAbstain;
}
