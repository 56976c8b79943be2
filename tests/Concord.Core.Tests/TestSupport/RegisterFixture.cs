using Concord.Domain;
using Concord.Forums;

namespace Concord.Tests.TestSupport;

/// <summary>Small hand-made membership registers for the invariant tests.</summary>
internal static class RegisterFixture
{
    private static readonly SourceCitation s_source = new("test fixture", null, null, "https://example.org/register");

    /// <summary>A register whose Council of <paramref name="year"/> is exactly <paramref name="council"/> and whose UN members
    /// are <paramref name="members"/>, each admitted on the day given (or 1945-10-24).</summary>
    public static MembershipRegister Make(int year, string[] council, params (string State, DateOnly Admitted)[] members)
    {
        var un = members.Select(m => new UnMembership(m.State, m.Admitted, null, null, s_source)).ToList();
        foreach (var s in council.Where(s => un.TrueForAll(m => m.State != s)))
        {
            un.Add(new UnMembership(s, new DateOnly(1945, 10, 24), null, null, s_source));
        }

        var seats = council.Select(s => new CouncilSeat(s, s is "CHN" or "FRA" or "GBR" or "RUS" or "USA" ? CouncilSeatKind.Permanent : CouncilSeatKind.Elected, year, year, null, s_source)).ToList();
        return new MembershipRegister(un, seats, year, year);
    }

    /// <summary>The fifteen members of the 2019 Council, as the fixture's Council.</summary>
    public static readonly string[] Council2019 = ["CHN", "FRA", "GBR", "RUS", "USA", "BEL", "CIV", "DEU", "DOM", "GNQ", "IDN", "KWT", "PER", "POL", "ZAF"];
}
