using System.Globalization;
using Concord.Domain;
using Concord.Forums;
using Concord.Sources;
using Concord.States;

namespace Concord.Domain;

/// <summary>Reads the membership register (un_members.csv and sc_seats.csv, schema in docs/data.md), strictly.</summary>
/// <remarks>
/// Every problem is a <see cref="MalformedSourceException"/> naming the file, line and field: a state that is not a
/// Concord code, a date that is not a day or lies before the Charter came into force (24 October 1945) or after
/// today, a membership that ends before it starts or runs past the day its state ceased to exist (states.csv),
/// overlapping rows of one state, a missing source; a Council seat held outside the holder's UN membership, an
/// elected term longer than two years, and any year whose Council is not 11 seats (1946–1965) or 15 (from 1966),
/// five of them permanent. The file columns and source checks are those of the other curated files
/// (<see cref="CuratedCsv"/>).
/// </remarks>
public sealed class MembershipRegisterReader(StateRegistry states, DateOnly today)
{
    public const string MembersFile = "un_members.csv";
    public const string SeatsFile = "sc_seats.csv";

    /// <summary>The day the Charter came into force: no membership starts earlier.</summary>
    public static readonly DateOnly CharterInForce = new(UnCalendar.FirstYear, 10, 24);

    /// <summary>The year the enlarged Council (Charter amendment of 1963, in force 31 August 1965) first sat.</summary>
    public const int EnlargedFrom = 1966;

    private static readonly string[] s_memberColumns = ["state", "admitted", "left", "note", .. CuratedCsv.SourceColumns];
    private static readonly string[] s_seatColumns = ["state", "seat", "from_year", "to_year", "note", .. CuratedCsv.SourceColumns];

    /// <summary>The register shipped with Concord (embedded from data/curated).</summary>
    public MembershipRegister ReadCurated() => Read(
        "data/curated/" + MembersFile, StateRegistry.ReadResource(MembersFile, "Concord.Curated."),
        "data/curated/" + SeatsFile, StateRegistry.ReadResource(SeatsFile, "Concord.Curated."));

    /// <summary>Reads both files; the seats are checked against the memberships, so both are needed.</summary>
    public MembershipRegister Read(string membersFile, string membersText, string seatsFile, string seatsText)
    {
        var members = ReadMembers(membersFile, membersText);
        var (seats, first, last) = ReadSeats(seatsFile, seatsText, members);
        return new MembershipRegister(members.Select(m => m.Value).ToList(), seats.Select(s => s.Value).ToList(), first, last);
    }

    private List<Located<UnMembership>> ReadMembers(string file, string text)
    {
        var result = new List<Located<UnMembership>>();
        foreach (var row in CuratedCsv.Rows(file, text, s_memberColumns))
        {
            var code = StateCode(row);
            var admitted = Day(row, "admitted", row.Required("admitted"));
            DateOnly? left = row.Optional("left") is { } l ? Day(row, "left", l) : null;
            if (left is { } end && end < admitted)
            {
                throw row.Error("left", $"left ({end:yyyy-MM-dd}) before admitted ({admitted:yyyy-MM-dd})");
            }

            if (states[code].Dissolved is { } gone && (left is null || left >= gone))
            {
                throw row.Error("left", $"{code} ceased to exist on {gone:yyyy-MM-dd} (states.csv): its membership must end before that day");
            }

            var membership = new UnMembership(code, admitted, left, row.Optional("note"), CuratedCsv.Source(row, today));
            if (result.FirstOrDefault(m => m.Value.State == code && Overlap(m.Value, membership)) is { } other)
            {
                throw row.Error("admitted", $"overlapping rows: {code}'s membership from {admitted:yyyy-MM-dd} overlaps the one on line {other.Line}");
            }

            result.Add(new Located<UnMembership>(membership, row));
        }

        return result;
    }

    private (List<Located<CouncilSeat>> Seats, int First, int Last) ReadSeats(string file, string text, List<Located<UnMembership>> members)
    {
        var seats = new List<Located<CouncilSeat>>();
        foreach (var row in CuratedCsv.Rows(file, text, s_seatColumns))
        {
            var code = StateCode(row);
            var kind = row.Required("seat") switch
            {
                "permanent" => CouncilSeatKind.Permanent,
                "elected" => CouncilSeatKind.Elected,
                var other => throw row.Error("seat", $"unknown seat '{other}' (permanent or elected)"),
            };
            var from = Year(row, "from_year", row.Required("from_year"));
            int? to = row.Optional("to_year") is { } t ? Year(row, "to_year", t) : null;
            if (to is null && kind == CouncilSeatKind.Elected)
            {
                throw row.Error("to_year", "an elected term has an end year");
            }

            if (to is { } end && end < from)
            {
                throw row.Error("to_year", $"ends ({end}) before it starts ({from})");
            }

            if (kind == CouncilSeatKind.Elected && to - from > 1)
            {
                throw row.Error("to_year", $"an elected term lasts one or two years, not {from}–{to}");
            }

            var seat = new CouncilSeat(code, kind, from, to, row.Optional("note"), CuratedCsv.Source(row, today));
            if (seats.FirstOrDefault(s => s.Value.State == code && Overlap(s.Value, seat)) is { } twice)
            {
                throw row.Error("from_year", $"overlapping rows: {code}'s seat from {from} overlaps the one on line {twice.Line}");
            }

            seats.Add(new Located<CouncilSeat>(seat, row));
        }

        var elected = seats.Where(s => s.Value.Seat == CouncilSeatKind.Elected).ToList();
        if (seats.Count == 0 || elected.Count == 0)
        {
            throw new MalformedSourceException(file, 0, "(file)", "no Council seats: the file needs permanent and elected rows");
        }

        // Terms are elected ahead: the last year whose Council is complete is the last in which a term begins.
        var first = seats.Min(s => s.Value.FromYear);
        var last = elected.Max(s => s.Value.FromYear);
        foreach (var s in seats)
        {
            CheckMember(s, members, Math.Min(s.Value.ToYear ?? last, Math.Max(last, s.Value.FromYear)));
        }

        for (var year = first; year <= last; year++)
        {
            CheckCount(year, seats);
        }

        return (seats, first, last);
    }

    /// <summary>A seat may be held only in years in which its holder was a UN member at least one day.</summary>
    private static void CheckMember(Located<CouncilSeat> seat, List<Located<UnMembership>> members, int until)
    {
        for (var year = seat.Value.FromYear; year <= until; year++)
        {
            if (!members.Any(m => m.Value.State == seat.Value.State && m.Value.Touches(year)))
            {
                throw seat.Row.Error("state", $"{seat.Value.State} holds a seat in {year} but is not a UN member that year ({MembersFile})");
            }
        }
    }

    private void CheckCount(int year, List<Located<CouncilSeat>> seats)
    {
        var holding = seats.Where(s => s.Value.Covers(year)).ToList();
        var permanent = Seats(year, holding, CouncilSeatKind.Permanent);
        var elected = Seats(year, holding, CouncilSeatKind.Elected);
        var expected = year < EnlargedFrom ? 6 : 10;
        if (permanent != 5 || elected != expected)
        {
            var blame = holding.Count > 0 ? holding.MaxBy(s => s.Row.Line)! : seats[^1];
            var held = string.Join(" ", holding.Select(s => s.Value.State));
            throw blame.Row.Error("from_year",
                $"{year} has {permanent} permanent and {elected} elected seats ({held}); the Council has 5 permanent and {expected} elected " +
                (year < EnlargedFrom ? "(11 seats) before 1966" : "(15 seats) from 1966"));
        }
    }

    /// <summary>The seats of one kind held in <paramref name="year"/>: rows, less the hand-overs of that year.</summary>
    /// <remarks>
    /// A seat changed hands within a year when its holder was succeeded (successions.csv): the China seat in 1971,
    /// the USSR's in 1991, Democratic Yemen's elected seat in 1990. Both holders have the year; they are one seat.
    /// </remarks>
    private int Seats(int year, List<Located<CouncilSeat>> holding, CouncilSeatKind kind)
    {
        var held = holding.Where(s => s.Value.Seat == kind).Select(s => s.Value.State).ToHashSet(StringComparer.Ordinal);
        var handOvers = states.Successions.Count(s => s.From.Year == year && held.Contains(s.Predecessor) && held.Contains(s.State));
        return held.Count - handOvers;
    }

    private string StateCode(CuratedRow row)
    {
        var code = row.Required("state");
        if (states.IsKnownCode(code))
        {
            return code;
        }

        var close = states.Closest(code, 3);
        throw row.Error("state", $"unknown state '{code}': give a Concord code (states.csv)" + (close.Count > 0 ? $" (did you mean {string.Join(", ", close)}?)" : ""));
    }

    private DateOnly Day(CuratedRow row, string field, string text)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw row.Error(field, $"'{text}' is not a day (YYYY-MM-DD)");
        }

        if (day < CharterInForce || day > today)
        {
            throw row.Error(field, $"{text} is out of range ({CharterInForce:yyyy-MM-dd}, when the Charter came into force, to {today:yyyy-MM-dd})");
        }

        return day;
    }

    private int Year(CuratedRow row, string field, string text)
    {
        // A term elected in June may start next year: allow one year ahead of today.
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < CharterInForce.Year + 1 || year > today.Year + 1)
        {
            throw row.Error(field, $"'{text}' is not a year from {CharterInForce.Year + 1} to {today.Year + 1}");
        }

        return year;
    }

    private static bool Overlap(UnMembership a, UnMembership b) =>
        a.Admitted <= (b.Left ?? DateOnly.MaxValue) && b.Admitted <= (a.Left ?? DateOnly.MaxValue);

    private static bool Overlap(CouncilSeat a, CouncilSeat b) =>
        a.FromYear <= (b.ToYear ?? int.MaxValue) && b.FromYear <= (a.ToYear ?? int.MaxValue);

    private sealed record Located<T>(T Value, CuratedRow Row)
    {
        public long Line => Row.Line;
    }
}
