using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Cli.Output;

/// <summary>Writes all-pairs agreement (hundreds of thousands of rows) as CSV, formatting on every core.</summary>
/// <remarks>
/// Rows are cut into blocks that are formatted in parallel into UTF-8 buffers and written in order, so the output
/// is identical to a sequential write. Numbers use the shortest text that reads back to the same double.
/// </remarks>
internal static class AllPairsCsvWriter
{
    /// <param name="coincidence">Each period's coincidence rule (<see cref="AgreementConventions.CoincidenceRules"/>).</param>
    public static void Write(Stream output, VoteMatrix matrix, IReadOnlyList<Period> periods, (string Column, Func<AgreementScores, double?> Value)[] metrics, int minN, CoincidenceRule[] coincidence)
    {
        var header = "period,a,b,n," + string.Join(",", metrics.Select(m => m.Column)) + "\n";
        output.Write(Encoding.UTF8.GetBytes(header));
        var labels = periods.Select(p => Encoding.UTF8.GetBytes(p.Label)).ToArray();
        var states = matrix.States.Select(Encoding.UTF8.GetBytes).ToArray();
        var values = metrics.Select(m => m.Value).ToArray();
        var parallelism = Environment.ProcessorCount;
        var buffers = Enumerable.Range(0, AllPairsAgreement.StreamSlots(parallelism)).Select(_ => new ArrayBufferWriter<byte>(1 << 20)).ToArray();
        AllPairsAgreement.Stream(matrix, periods, 1, parallelism,
            (period, slot, pairs) =>
            {
                buffers[slot].ResetWrittenCount();
                FormatPeriod(buffers[slot], labels[period], states, pairs, values, minN, coincidence[period]);
            },
            (period, slot) => output.Write(buffers[slot].WrittenSpan));
    }

    /// <summary>One period's rows. Each row is formatted into one span and committed once; compiled optimised at
    /// first call (not ahead of time), since it runs over every output row in a process that runs once.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void FormatPeriod(ArrayBufferWriter<byte> buffer, byte[] label, byte[][] states, ReadOnlySpan<PairPeriodCounts> pairs, Func<AgreementScores, double?>[] values, int minN, CoincidenceRule coincidence)
    {
        var rowBytes = label.Length + 64 + (values.Length * 24);
        foreach (ref readonly var r in pairs)
        {
            var span = buffer.GetSpan(rowBytes);
            var w = 0;
            label.CopyTo(span);
            w += label.Length;
            span[w++] = (byte)',';
            var a = states[r.A];
            a.CopyTo(span[w..]);
            w += a.Length;
            span[w++] = (byte)',';
            var b = states[r.B];
            b.CopyTo(span[w..]);
            w += b.Length;
            span[w++] = (byte)',';
            Utf8Formatter.TryFormat(r.Counts.N, span[w..], out var n);
            w += n;
            var scores = AgreementScores.From(r.Counts, minN, coincidence);
            foreach (var value in values)
            {
                span[w++] = (byte)',';
                if (value(scores) is double v)
                {
                    w += WriteNumber(span[w..], v);
                }
            }

            span[w++] = (byte)'\n';
            buffer.Advance(w);
        }
    }

    private const int Decimals = 10;
    private const double Scale = 1e10;

    /// <summary>
    /// A measure with ten decimal places, trailing zeros dropped. Every measure lies within a few units of zero, so
    /// a scaled integer is exact to 5e-11, and writing it is several times faster than the shortest round-trip
    /// form of a double, which dominated the run time of <c>agree --all</c>.
    /// </summary>
    private static int WriteNumber(Span<byte> span, double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e8)
        {
            Utf8Formatter.TryFormat(value, span, out var w);
            return w;
        }

        var written = 0;
        var scaled = (long)Math.Round(value * Scale, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            span[written++] = (byte)'-';
            scaled = -scaled;
        }

        var whole = scaled / (long)Scale;
        var fraction = scaled % (long)Scale;
        Utf8Formatter.TryFormat(whole, span[written..], out var n);
        written += n;
        if (fraction != 0)
        {
            span[written++] = (byte)'.';
            var digits = Decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            for (var i = digits - 1; i >= 0; i--)
            {
                span[written + i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            written += digits;
        }

        return written;
    }
}
