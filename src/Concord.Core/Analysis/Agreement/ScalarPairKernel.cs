using Concord.Domain;
namespace Concord.Analysis.Agreement;

/// <summary>The plain, obviously-correct count of a pair's votes, one decision at a time (test reference and benchmark baseline).</summary>
public static class ScalarPairKernel
{
    /// <param name="a">One state's votes (<see cref="Domain.Vote"/> bytes) on the period's decisions.</param>
    /// <param name="b">The other state's votes on the same decisions, in the same order.</param>
    public static PairCounts Count(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Both states need a vote slot for every decision.");
        }

        var c = default(PairCounts);
        for (var k = 0; k < a.Length; k++)
        {
            var x = a[k];
            var y = b[k];
            var xCast = x is >= 1 and <= 3;
            var yCast = y is >= 1 and <= 3;
            if (xCast != yCast)
            {
                c.OneAbsent++;
                if (x == 2 || y == 2)
                {
                    c.AbstainedOtherAbsent++;
                }

                continue;
            }

            if (!xCast)
            {
                continue;
            }

            c.N++;
            if (x == 1)
            {
                c.AYes++;
            }
            else if (x == 2)
            {
                c.AAbstain++;
            }

            if (y == 1)
            {
                c.BYes++;
            }
            else if (y == 2)
            {
                c.BAbstain++;
            }

            switch ((x, y))
            {
                case (1, 1): c.YesYes++; break;
                case (2, 2): c.AbstainAbstain++; break;
                case (3, 3): c.NoNo++; break;
                case (1, 3): c.YesNo++; break;
                case (3, 1): c.NoYes++; break;
                default: break;
            }
        }

        return c;
    }

    /// <summary>The votes of one matrix row on the given columns, as a contiguous array.</summary>
    public static byte[] Gather(VoteMatrix matrix, int row, ReadOnlySpan<int> columns)
    {
        var source = matrix.Row(row);
        var result = new byte[columns.Length];
        for (var k = 0; k < columns.Length; k++)
        {
            result[k] = source[columns[k]];
        }

        return result;
    }
}
