using Concord.States;

namespace Concord.Analysis;

/// <summary>The votes that count as one state's: its own, and (unless excluded) those of the seats it continued.</summary>
/// <remarks>
/// Russia continues the USSR's seat from 24 Dec 1991, so by default the USSR's earlier votes count as
/// Russia's (as in the <c>unvotes</c> data). The China seat is not such a case: before 25 Oct 1971 it was the
/// Republic of China's (TWN), and those votes are never the People's Republic's.
/// </remarks>
public sealed record Party(State State, IReadOnlyList<Party.Seat> Seats)
{
    /// <summary>One code whose votes count between two dates (To exclusive).</summary>
    public sealed record Seat(string Code, DateOnly? From, DateOnly? To);

    public static Party Of(StateRegistry registry, string nameOrCode, bool includePredecessors = true)
    {
        var state = registry.Resolve(nameOrCode);
        var seats = new List<Seat> { new(state.Code, null, null) };
        if (includePredecessors)
        {
            foreach (var link in registry.SeatPredecessors(state.Code))
            {
                // The successor's own votes count from the succession date, the predecessor's before it.
                seats.Add(new Seat(link.Predecessor, null, link.From));
            }
        }

        return new Party(state, seats);
    }

    public string Describe() => Seats.Count == 1
        ? State.Code
        : State.Code + " (with " + string.Join(", ", Seats.Skip(1).Select(s => $"{s.Code} before {s.To:yyyy-MM-dd}")) + ")";
}
