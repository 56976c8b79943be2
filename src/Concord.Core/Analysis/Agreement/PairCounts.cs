namespace Concord.Analysis.Agreement;

/// <summary>What every agreement measure needs to know about two states over one period, counted in one pass.</summary>
/// <remarks>
/// Counts are over the decisions both states voted on (yes, abstain or no); absent and non-voting are left out
/// pairwise. <c>A*</c> and <c>B*</c> are each state's own votes on those common decisions (kappa's marginals).
/// <see cref="OneAbsent"/> and <see cref="AbstainedOtherAbsent"/> count what pairwise deletion leaves out, for the
/// State Department's coincidence rules (<see cref="CoincidenceRule"/>): the decisions only one of the two voted on,
/// and among them those where the one that voted abstained.
/// </remarks>
public record struct PairCounts(int N, int YesYes, int AbstainAbstain, int NoNo, int YesNo, int NoYes, int AYes, int AAbstain, int BYes, int BAbstain, int OneAbsent = 0, int AbstainedOtherAbsent = 0)
{
    public readonly int Same => YesYes + AbstainAbstain + NoNo;

    public readonly int Opposite => YesNo + NoYes;

    /// <summary>One abstained, the other voted yes or no.</summary>
    public readonly int Partial => N - Same - Opposite;

    public readonly int ANo => N - AYes - AAbstain;

    public readonly int BNo => N - BYes - BAbstain;
}
