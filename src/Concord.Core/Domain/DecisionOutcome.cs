namespace Concord.Domain;

/// <summary>How a decision ended.</summary>
/// <remarks>
/// A Council draft is <see cref="Vetoed"/> when a permanent member voted against it and it therefore
/// failed; it is <see cref="Failed"/> when it lacked the nine affirmative votes and no permanent
/// member's negative vote was decisive.
/// </remarks>
public enum DecisionOutcome
{
    Adopted,
    Vetoed,
    Failed,
    Unknown,
}
