using Concord.Domain;

namespace Concord.Domain;

/// <summary>Every vote of one forum as a states × decisions matrix, one byte per vote.</summary>
/// <remarks>
/// Cells hold <see cref="Vote"/> values (0 absent, 1 yes, 2 abstain, 3 no, 4 non-voting); rows are stored one
/// after another so that a state's votes are one contiguous span. Columns are in date order. Where a state
/// continued another's seat (Russia the USSR's) and predecessors are merged, its row carries the
/// predecessor's votes before the succession and the predecessor has no row of its own.
/// </remarks>
public sealed class VoteMatrix
{
    private readonly Dictionary<string, int> _rowOf;

    public VoteMatrix(IReadOnlyList<string> states, MatrixDecision[] decisions, byte[] votes, Forum forum, bool predecessorsMerged)
    {
        if (votes.Length != states.Count * decisions.Length)
        {
            throw new ArgumentException($"A {states.Count} × {decisions.Length} matrix needs {states.Count * decisions.Length} cells, not {votes.Length}.");
        }

        States = states;
        Decisions = decisions;
        Votes = votes;
        Forum = forum;
        PredecessorsMerged = predecessorsMerged;
        _rowOf = new Dictionary<string, int>(states.Count, StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            _rowOf[states[i]] = i;
        }
    }

    public Forum Forum { get; }

    public bool PredecessorsMerged { get; }

    public IReadOnlyList<string> States { get; }

    public MatrixDecision[] Decisions { get; }

    internal byte[] Votes { get; }

    public int Rows => States.Count;

    public int Columns => Decisions.Length;

    public ReadOnlySpan<byte> Row(int row) => Votes.AsSpan(row * Columns, Columns);

    public Vote this[int row, int column] => (Vote)Votes[(row * Columns) + column];

    public bool TryRowOf(string state, out int row) => _rowOf.TryGetValue(state, out row);

    public int RowOf(string state) => _rowOf.TryGetValue(state, out var row)
        ? row
        : throw new ArgumentException($"{state} has no recorded votes in the {Forum.DisplayName()}.");
}
