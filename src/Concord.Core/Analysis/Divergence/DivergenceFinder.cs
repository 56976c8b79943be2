using Concord.Analysis.Agreement;
using System.Runtime.CompilerServices;
using Concord.Domain;

namespace Concord.Analysis.Divergence;

/// <summary>Finds the decisions on which two states split, ranks them, and says who each sided with.</summary>
/// <remarks>
/// Ranking: opposite votes (yes against no) before one abstaining; within each, the more contested the decision
/// (the closer its yes and no), the higher; then the most recent first.
/// </remarks>
public static class DivergenceFinder
{
    public static IReadOnlyList<Divergence> Find(VoteMatrix matrix, int rowA, int rowB, Func<MatrixDecision, bool> include)
    {
        var a = matrix.Row(rowA);
        var b = matrix.Row(rowB);
        var tallies = Tallies(matrix);
        var result = new List<Divergence>();
        for (var c = 0; c < matrix.Columns; c++)
        {
            var va = (Vote)a[c];
            var vb = (Vote)b[c];
            if (!va.IsCast() || !vb.IsCast() || va == vb || !include(matrix.Decisions[c]))
            {
                continue;
            }

            var tally = tallies[c];
            var total = tally.Yes + tally.No + tally.Abstain;
            var contested = total == 0 ? 0 : 1 - (Math.Abs(tally.Yes - tally.No) / (double)total);
            result.Add(new Divergence(c, matrix.Decisions[c], va, vb, va != Vote.Abstain && vb != Vote.Abstain, tally, contested));
        }

        return result
            .OrderByDescending(d => d.Opposite)
            .ThenByDescending(d => d.Contestedness)
            .ThenByDescending(d => d.Decision.Date)
            .ToList();
    }

    /// <summary>Every column's tally, counted once per matrix in one pass over the rows (the matrix never changes), so that a
    /// server answering many pairs, or a pair with thousands of splits, does not walk each column down every row again.</summary>
    public static Tally[] Tallies(VoteMatrix matrix) => s_tallies.GetValue(matrix, CountTallies);

    private static readonly ConditionalWeakTable<VoteMatrix, Tally[]> s_tallies = new();

    private static Tally[] CountTallies(VoteMatrix matrix)
    {
        var yes = new int[matrix.Columns];
        var no = new int[matrix.Columns];
        var abstain = new int[matrix.Columns];
        for (var r = 0; r < matrix.Rows; r++)
        {
            var row = matrix.Row(r);
            for (var c = 0; c < row.Length; c++)
            {
                switch ((Vote)row[c])
                {
                    case Vote.Yes: yes[c]++; break;
                    case Vote.No: no[c]++; break;
                    case Vote.Abstain: abstain[c]++; break;
                    default: break;
                }
            }
        }

        var tallies = new Tally[matrix.Columns];
        for (var c = 0; c < tallies.Length; c++)
        {
            tallies[c] = new Tally(yes[c], no[c], abstain[c]);
        }

        return tallies;
    }

    public static Tally TallyOf(VoteMatrix matrix, int column)
    {
        int yes = 0, no = 0, abstain = 0;
        for (var r = 0; r < matrix.Rows; r++)
        {
            switch ((Vote)matrix.Votes[(r * matrix.Columns) + column])
            {
                case Vote.Yes: yes++; break;
                case Vote.No: no++; break;
                case Vote.Abstain: abstain++; break;
                default: break;
            }
        }

        return new Tally(yes, no, abstain);
    }

    /// <summary>With whom each state sided when they split: the states that voted as A did (and not as B), and the reverse, by count.</summary>
    public static (IReadOnlyList<(string State, int Times)> WithA, IReadOnlyList<(string State, int Times)> WithB) Sides(VoteMatrix matrix, int rowA, int rowB, IEnumerable<Divergence> splits)
    {
        var withA = new Dictionary<string, int>(StringComparer.Ordinal);
        var withB = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in splits)
        {
            for (var r = 0; r < matrix.Rows; r++)
            {
                if (r == rowA || r == rowB)
                {
                    continue;
                }

                var v = (Vote)matrix.Votes[(r * matrix.Columns) + d.Column];
                if (v == d.A)
                {
                    withA[matrix.States[r]] = withA.GetValueOrDefault(matrix.States[r]) + 1;
                }
                else if (v == d.B)
                {
                    withB[matrix.States[r]] = withB.GetValueOrDefault(matrix.States[r]) + 1;
                }
            }
        }

        static List<(string, int)> Top(Dictionary<string, int> counts) =>
            counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
        return (Top(withA), Top(withB));
    }
}
