namespace Concord.Domain;

/// <summary>The counts of a vote as the record gives them (yes–no–abstain, and non-voting where known).</summary>
public readonly record struct Tally(int Yes, int No, int Abstain, int? NonVoting = null)
{
    public override string ToString() => $"{Yes}-{No}-{Abstain}";
}
