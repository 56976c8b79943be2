using Concord.Domain;

namespace Concord.Domain;

/// <summary>One column of a <see cref="VoteMatrix"/>: the decision and what conventions and periods need of it.</summary>
/// <remarks>
/// <see cref="Session"/> is the regular General Assembly session the vote fell in (emergency and special
/// sessions are counted in the regular session running at the time), 0 for the Council.
/// <see cref="Unanimous"/> is true when no two members who voted cast different votes.
/// </remarks>
public readonly record struct MatrixDecision(int DecisionId, DateOnly Date, DecisionKind Kind, short Session, bool Unanimous, IssueSet Issues)
{
    public int Year => Date.Year;

    /// <summary>Whether the decision is in any area of <paramref name="issue"/>; every decision is when none is asked for.</summary>
    public bool IsIn(IssueSet issue) => issue == IssueSet.None || (Issues & issue) != 0;
}
