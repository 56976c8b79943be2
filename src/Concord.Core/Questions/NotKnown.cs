namespace Concord.Questions;

/// <summary>A cell whose value the record cannot give: null in JSON, so that no program sums it as a number; its
/// reading in tables and CSV ("unknown (2 vetoes without member votes on record)", "at least 1 (...)").</summary>
/// <remarks>Unknown is not zero: a count that depends on votes no source holds is shown as such, never as 0. The
/// number in doubt goes in a column of its own, so that JSON keeps it as a number.</remarks>
public sealed record NotKnown(string Reading)
{
    public override string ToString() => Reading;
}
