namespace Concord.Domain;

/// <summary>The counts of a vote as the record gives them (yes–no–abstain, and non-voting where known).</summary>
public readonly record struct Tally(int Yes, int No, int Abstain, int? NonVoting = null)
{
    public override string ToString() => $"{Yes}-{No}-{Abstain}";

    /// <summary>The yes–no–abstain counts of member votes (absent and non-voting members count in none).</summary>
    public static Tally Count(IEnumerable<Vote> votes)
    {
        int yes = 0, no = 0, abstain = 0;
        foreach (var v in votes)
        {
            switch (v)
            {
                case Vote.Yes: yes++; break;
                case Vote.No: no++; break;
                case Vote.Abstain: abstain++; break;
            }
        }

        return new Tally(yes, no, abstain);
    }
}
