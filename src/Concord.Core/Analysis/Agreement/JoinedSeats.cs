using Concord.Domain;
using Concord.States;

namespace Concord.Analysis.Agreement;

/// <summary>Whose votes a period's row counts for a state whose seat continues a predecessor's (the USSR's for Russia).</summary>
public static class JoinedSeats
{
    /// <summary>"SUN", "SUN RUS" or "RUS" for the decisions of <paramref name="period"/>; null when <paramref name="code"/> continues no
    /// seat, when predecessors are kept apart, or when the period holds no decision.</summary>
    public static string? VotesOf(StateRegistry registry, string code, bool merged, VoteMatrix matrix, Period period)
    {
        var cols = period.Columns;
        if (!merged || cols.Length == 0 || !registry.SeatPredecessors(code).Any())
        {
            return null;
        }

        // Columns are in date order, so the first and last bound the period.
        return registry.VotesOf(code, matrix.Decisions[cols[0]].Date, matrix.Decisions[cols[^1]].Date);
    }
}
