using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;
using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>Reads one forum's recorded votes from the database into a <see cref="VoteMatrix"/>.</summary>
public static class VoteMatrixLoader
{
    /// <param name="mergePredecessors">
    /// Join the votes of continued seats into their successor's row (USSR into Russia, Yugoslavia into Serbia and
    /// Montenegro into Serbia), as the <c>unvotes</c> data does for Russia. Mergers and dissolutions are never joined.
    /// </param>
    public static VoteMatrix Load(ConcordDatabase db, Forum forum, bool mergePredecessors = true)
    {
        // The sync stores the matrix as recorded and with continued seats joined, unanimity marked: read it as it is.
        var columns = ReadColumns(db, forum);
        var (states, votes) = ReadMatrixBlobs(db, forum, columns?.Count ?? 0, mergePredecessors)
            ?? throw new InvalidDataException($"{db.Path} holds no vote matrix for the {forum.DisplayName()}: rebuild it with 'concord data sync'.");
        return new VoteMatrix(states, [.. columns!], votes, forum, mergePredecessors);
    }

    /// <summary>The columns' metadata as the sync stored it (integers only: read in a few milliseconds).</summary>
    private static List<MatrixDecision>? ReadColumns(ConcordDatabase db, Forum forum)
    {
        using var cmd = db.Command("SELECT columns FROM vote_matrix_columns WHERE forum = $1", forum.Code());
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        using var stream = r.GetStream(0);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return MatrixColumnsCodec.Decode(bytes);
    }

    /// <summary>The matrix the sync stored as one blob per forum; null when there is none or it does not fit the columns.</summary>
    private static (List<string>, byte[])? ReadMatrixBlobs(ConcordDatabase db, Forum forum, int columns, bool merged)
    {
        using var cmd = db.Command("SELECT states, votes FROM vote_matrix WHERE forum = $1 AND merged = $2", forum.Code(), merged);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var names = r.GetString(0);
        var states = names.Length == 0 ? [] : names.Split(',').ToList();
        using var stream = r.GetStream(1);
        if (stream.Length != (long)states.Count * columns)
        {
            return null;
        }

        var votes = new byte[stream.Length];
        stream.ReadExactly(votes);
        return (states, votes);
    }

    /// <summary>The regular session a vote belongs to: its own for a regular session, else the one running at the time.</summary>
    public static short RegularSession(string? session, DateOnly date)
    {
        if (short.TryParse(session, out var s))
        {
            return s;
        }

        return (short)UnCalendar.SessionOn(date);
    }

    /// <summary>Joins continued seats into their successors, oldest succession first so chains (YUG → SCG → SRB) fold fully.</summary>
    public static VoteMatrix MergePredecessors(VoteMatrix matrix, StateRegistry registry)
    {
        var rows = new List<string>(matrix.States);
        var data = (byte[])matrix.Votes.Clone();
        var columns = matrix.Columns;
        var dropped = new HashSet<int>();
        foreach (var link in registry.Successions.Where(s => s.Kind == SuccessionKind.Continuation).OrderBy(s => s.From))
        {
            if (!matrix.TryRowOf(link.State, out var successor) || !matrix.TryRowOf(link.Predecessor, out var predecessor))
            {
                continue;
            }

            for (var c = 0; c < columns && matrix.Decisions[c].Date < link.From; c++)
            {
                ref var cell = ref data[(successor * columns) + c];
                if (cell == 0)
                {
                    cell = data[(predecessor * columns) + c];
                }
            }

            dropped.Add(predecessor);
        }

        if (dropped.Count == 0)
        {
            return new VoteMatrix(matrix.States, matrix.Decisions, data, matrix.Forum, predecessorsMerged: true);
        }

        var keep = Enumerable.Range(0, rows.Count).Where(r => !dropped.Contains(r)).ToArray();
        var compact = new byte[keep.Length * columns];
        for (var i = 0; i < keep.Length; i++)
        {
            Array.Copy(data, keep[i] * columns, compact, i * columns, columns);
        }

        return new VoteMatrix(keep.Select(r => rows[r]).ToList(), matrix.Decisions, compact, matrix.Forum, predecessorsMerged: true);
    }

    /// <summary>Marks the decisions on which no two members who voted cast different votes.</summary>
    public static VoteMatrix WithUnanimity(VoteMatrix matrix)
    {
        var decisions = (MatrixDecision[])matrix.Decisions.Clone();
        var columns = matrix.Columns;
        var first = new byte[columns];
        var split = new bool[columns];
        for (var r = 0; r < matrix.Rows; r++)
        {
            var row = matrix.Row(r);
            for (var c = 0; c < columns; c++)
            {
                var v = row[c];
                if (v is 0 or > 3)
                {
                    continue;
                }

                if (first[c] == 0)
                {
                    first[c] = v;
                }
                else if (first[c] != v)
                {
                    split[c] = true;
                }
            }
        }

        for (var c = 0; c < columns; c++)
        {
            decisions[c] = decisions[c] with { Unanimous = !split[c] };
        }

        return new VoteMatrix(matrix.States, decisions, matrix.Votes, matrix.Forum, matrix.PredecessorsMerged);
    }
}
