using Concord.Domain;

namespace Concord.Council;

/// <summary>Who sat on the Council each year, from the membership register, with each member's votes on record.</summary>
/// <remarks>
/// The seats come from the register (curated from the UN's list of elected members, each row with its source), never
/// from the votes: a compilation that attaches votes to the wrong states must not make them members. The count of
/// votes on record shows where the record is thin (early decades, vetoed drafts without member votes).
/// </remarks>
public static class CouncilTerms
{
    public sealed record Member(int Year, string State, bool Permanent, int Votes);

    public static IReadOnlyList<Member> ByYear(CouncilRecord record, int? fromYear = null, int? toYear = null, MembershipRegister? register = null)
    {
        register ??= MembershipRegister.Default;
        var counts = new Dictionary<(int Year, string State), int>();
        var lastYear = register.LastCouncilYear;
        if (record.Decisions.Count > 0)
        {
            lastYear = Math.Min(lastYear, record.Decisions[^1].Date.Year);
        }

        foreach (var d in record.Decisions)
        {
            if ((fromYear is { } f && d.Date.Year < f) || (toYear is { } t && d.Date.Year > t))
            {
                continue;
            }

            foreach (var (state, vote) in d.Votes)
            {
                if (vote != Vote.Absent)
                {
                    counts[(d.Date.Year, state)] = counts.GetValueOrDefault((d.Date.Year, state)) + 1;
                }
            }
        }

        var registry = States.StateRegistry.Default;
        var result = new List<Member>();
        for (var year = Math.Max(fromYear ?? register.FirstCouncilYear, register.FirstCouncilYear); year <= Math.Min(toYear ?? lastYear, lastYear); year++)
        {
            foreach (var seat in register.CouncilSeats(year))
            {
                // The record may count the USSR's votes under Russia's seat (predecessors joined): look under both.
                var votes = counts.GetValueOrDefault((year, seat.State));
                var holder = registry.IsKnownCode(seat.State) ? registry.SeatHolder(seat.State) : seat.State;
                if (votes == 0 && holder != seat.State)
                {
                    votes = counts.GetValueOrDefault((year, holder));
                }

                result.Add(new Member(year, seat.State, seat.Seat == CouncilSeatKind.Permanent, votes));
            }
        }

        return result;
    }
}
