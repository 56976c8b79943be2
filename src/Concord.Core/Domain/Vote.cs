namespace Concord.Domain;

/// <summary>A state's position on one decision.</summary>
/// <remarks>
/// The numeric values are stored in the database and in the vote matrix. <see cref="Absent"/> (0)
/// means no vote is on record for a member (not present, did not vote, or not a member); sources
/// that list non-voting members explicitly (the UN Digital Library's <c>X</c>) give
/// <see cref="NonVoting"/>. Both are missing data for agreement measures.
/// </remarks>
public enum Vote : byte
{
    Absent = 0,
    Yes = 1,
    Abstain = 2,
    No = 3,
    NonVoting = 4,
}

public static class VoteCodes
{
    public static bool IsCast(this Vote vote) => vote is Vote.Yes or Vote.Abstain or Vote.No;

    public static string Label(this Vote vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        Vote.Abstain => "abstain",
        Vote.NonVoting => "non-voting",
        _ => "absent",
    };

    public static Vote ParseLabel(string label) => label switch
    {
        "yes" => Vote.Yes,
        "no" => Vote.No,
        "abstain" => Vote.Abstain,
        "non-voting" => Vote.NonVoting,
        _ => Vote.Absent,
    };
}
