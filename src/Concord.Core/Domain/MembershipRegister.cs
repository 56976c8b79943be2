using Concord.States;

namespace Concord.Domain;

/// <summary>Who was a member of the United Nations on a day, and who sat on the Security Council in a year.</summary>
/// <remarks>
/// Curated reference data (data/curated/un_members.csv and sc_seats.csv), each row with its source, read by
/// <see cref="MembershipRegisterReader"/>; it is not derived from the votes, so the votes can be checked against it
/// (a vote cast before a state's admission is a source error). States are Concord codes (see <see cref="StateRegistry"/>):
/// the USSR is <c>SUN</c> to 23 December 1991, the Republic of China <c>TWN</c> to 25 October 1971.
/// The Council is known year by year from <see cref="FirstCouncilYear"/> to <see cref="LastCouncilYear"/>;
/// outside those years <see cref="IsCouncilMember"/> is false and <see cref="HasCouncilYear"/> says why.
/// </remarks>
public sealed class MembershipRegister
{
    private static readonly Lazy<MembershipRegister> s_default =
        new(() => new MembershipRegisterReader(StateRegistry.Default, DateOnly.FromDateTime(DateTime.UtcNow)).ReadCurated());

    private readonly Dictionary<string, UnMembership[]> _membershipsByState;
    private readonly Dictionary<int, CouncilSeat[]> _seatsByYear;

    internal MembershipRegister(IReadOnlyList<UnMembership> members, IReadOnlyList<CouncilSeat> seats, int firstCouncilYear, int lastCouncilYear)
    {
        UnMembers = members.OrderBy(m => m.Admitted).ThenBy(m => m.State, StringComparer.Ordinal).ToList();
        Seats = seats;
        FirstCouncilYear = firstCouncilYear;
        LastCouncilYear = lastCouncilYear;
        _membershipsByState = UnMembers.GroupBy(m => m.State, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _seatsByYear = new Dictionary<int, CouncilSeat[]>();
        for (var year = firstCouncilYear; year <= lastCouncilYear; year++)
        {
            _seatsByYear[year] = seats.Where(s => s.Covers(year))
                .OrderBy(s => s.Seat).ThenBy(s => s.State, StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>The register shipped with Concord (the embedded curated files), read once, on first use.</summary>
    public static MembershipRegister Default => s_default.Value;

    /// <summary>Every membership period, by admission day then state.</summary>
    public IReadOnlyList<UnMembership> UnMembers { get; }

    /// <summary>Every Council seat row as the file gives it (terms elected ahead may reach past <see cref="LastCouncilYear"/>).</summary>
    public IReadOnlyList<CouncilSeat> Seats { get; }

    /// <summary>The first year of the Council the register covers (1946).</summary>
    public int FirstCouncilYear { get; }

    /// <summary>The last year whose full Council is known: the last year in which an elected term begins.</summary>
    public int LastCouncilYear { get; }

    /// <summary>Whether <paramref name="state"/> was a UN member on <paramref name="date"/> (the day of admission and the last day included).</summary>
    public bool IsUnMember(string state, DateOnly date) =>
        _membershipsByState.TryGetValue(state, out var periods) && periods.Any(p => p.Covers(date));

    /// <summary>The first day of <paramref name="state"/>'s first membership period under its Concord code; null if it never was a member.</summary>
    public DateOnly? Admitted(string state) =>
        _membershipsByState.TryGetValue(state, out var periods) ? periods.Min(p => p.Admitted) : null;

    /// <summary>The membership periods of <paramref name="state"/>, earliest first (empty if it never was a member).</summary>
    public IReadOnlyList<UnMembership> MembershipsOf(string state) =>
        _membershipsByState.TryGetValue(state, out var periods) ? periods : [];

    /// <summary>The codes of the members on <paramref name="date"/>, in code order.</summary>
    public IReadOnlyList<string> UnMembersOn(DateOnly date) =>
        UnMembers.Where(m => m.Covers(date)).Select(m => m.State).Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether the register knows the whole Council of <paramref name="year"/>.</summary>
    public bool HasCouncilYear(int year) => year >= FirstCouncilYear && year <= LastCouncilYear;

    /// <summary>Whether <paramref name="state"/> held a seat at some time in <paramref name="year"/>; false for a year the register does not cover.</summary>
    public bool IsCouncilMember(string state, int year) =>
        _seatsByYear.TryGetValue(year, out var seats) && seats.Any(s => s.State == state);

    /// <summary>The seats of <paramref name="year"/>, permanent first, then by state code; empty for a year the register does not cover.</summary>
    /// <remarks>A year in which a permanent seat changed hands lists both holders (16 rows in 1971 and in 1991).</remarks>
    public IReadOnlyList<CouncilSeat> CouncilSeats(int year) =>
        _seatsByYear.TryGetValue(year, out var seats) ? seats : [];
}
