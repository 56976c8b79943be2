using Concord.Domain;
namespace Concord.Analysis.Agreement;

/// <summary>A group's majority position on each decision, as an extra row of the vote matrix.</summary>
/// <remarks>
/// The position is the vote most of the group's members cast (yes, abstain or no) among those that voted and were
/// members on the day; a tie, or no member voting, leaves the group without a position (missing, like an absent
/// state). A state compared with a group it belongs to is left out of the group's majority, so it is not
/// compared with itself.
/// </remarks>
public static class GroupPosition
{
    public static byte[] Majority(VoteMatrix matrix, StateGroup group, string? exclude = null)
    {
        var memberRows = new List<(int Row, StateGroup.Member Membership)>();
        foreach (var m in group.Members)
        {
            if (m.State != exclude && (matrix.TryRowOf(m.State, out var row) || matrix.TryRowOf(States.StateRegistry.Default.SeatHolder(m.State), out row)))
            {
                memberRows.Add((row, m));
            }
        }

        var position = new byte[matrix.Columns];
        Span<int> counts = stackalloc int[4];
        for (var c = 0; c < matrix.Columns; c++)
        {
            counts.Clear();
            var date = matrix.Decisions[c].Date;
            foreach (var (row, m) in memberRows)
            {
                if (date < m.From || (m.To is { } to && date > to))
                {
                    continue;
                }

                var v = matrix.Votes[(row * matrix.Columns) + c];
                if (v is >= 1 and <= 3)
                {
                    counts[v]++;
                }
            }

            byte best = 0;
            var top = 0;
            var tie = false;
            for (byte v = 1; v <= 3; v++)
            {
                if (counts[v] > top)
                {
                    best = v;
                    top = counts[v];
                    tie = false;
                }
                else if (counts[v] == top && top > 0)
                {
                    tie = true;
                }
            }

            position[c] = tie ? (byte)0 : best;
        }

        return position;
    }

    /// <summary>The matrix with one more row, labelled with the group's code, holding its majority position.</summary>
    public static VoteMatrix WithGroup(VoteMatrix matrix, StateGroup group, string? exclude = null)
    {
        var row = Majority(matrix, group, exclude);
        var votes = new byte[matrix.Votes.Length + row.Length];
        matrix.Votes.CopyTo(votes, 0);
        row.CopyTo(votes, matrix.Votes.Length);
        return new VoteMatrix([.. matrix.States, group.Code], matrix.Decisions, votes, matrix.Forum, matrix.PredecessorsMerged);
    }
}
