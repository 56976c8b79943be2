using Concord.Domain;

namespace Concord.Domain;

/// <summary>The Charter's voting rules for the Security Council, as they stood on a given date.</summary>
/// <remarks>
/// Article 27: a substantive decision needs the affirmative votes of seven members (nine after the enlargement to
/// fifteen, in force 31 Aug 1965 and applied from the Council of 1 Jan 1966), including the concurring votes of the
/// permanent members; by practice an abstention is not a veto. The China seat was the Republic of China's until
/// 25 Oct 1971; the USSR's seat passed to the Russian Federation on 24 Dec 1991.
/// </remarks>
public static class CouncilRules
{
    public static readonly DateOnly Enlargement = new(1966, 1, 1);

    public static int RequiredYes(DateOnly date) => date < Enlargement ? 7 : 9;

    public static int Members(DateOnly date) => date < Enlargement ? 11 : 15;

    public static IReadOnlyList<string> PermanentMembers(DateOnly date) =>
    [
        date <= new DateOnly(1971, 10, 25) ? "TWN" : "CHN",
        "FRA",
        date < new DateOnly(1991, 12, 24) ? "SUN" : "RUS",
        "GBR",
        "USA",
    ];

    public static bool IsPermanent(string state, DateOnly date) => PermanentMembers(date).Contains(state);

    /// <summary>How a draft put to the vote ended, from the votes alone.</summary>
    /// <returns>
    /// <see cref="DecisionOutcome.Vetoed"/> when it had the required affirmative votes and a permanent member voted
    /// against; <see cref="DecisionOutcome.Failed"/> when it lacked them, whatever the permanent members did (a
    /// negative vote then blocked nothing); <see cref="DecisionOutcome.Adopted"/> otherwise.
    /// </returns>
    public static DecisionOutcome Classify(int yes, IEnumerable<string> permanentNoes, DateOnly date)
    {
        if (yes < RequiredYes(date))
        {
            return DecisionOutcome.Failed;
        }

        return permanentNoes.Any() ? DecisionOutcome.Vetoed : DecisionOutcome.Adopted;
    }
}
