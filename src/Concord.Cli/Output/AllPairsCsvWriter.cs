using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Concord.Analysis.Agreement;

namespace Concord.Cli.Output;

/// <summary>Writes all-pairs agreement (hundreds of thousands of rows) as CSV, formatting on every core.</summary>
/// <remarks>
/// Rows are cut into blocks that are formatted in parallel into UTF-8 buffers and written in order, so the output
/// is identical to a sequential write. Numbers use the shortest text that reads back to the same double.
/// </remarks>
internal static class AllPairsCsvWriter
{
    public static void Write(Stream output, VoteMatrix matrix, IReadOnlyList<Period> periods, (string Column, Func<AgreementScores, double?> Value)[] metrics, int minN)
    {
        var header = "period,a,b,n," + string.Join(",", metrics.Select(m => m.Column)) + "\n";
        output.Write(Encoding.UTF8.GetBytes(header));
        var labels = periods.Select(p => Encoding.UTF8.GetBytes(p.Label)).ToArray();
        var states = matrix.States.Select(Encoding.UTF8.GetBytes).ToArray();
        var parallelism = Environment.ProcessorCount;
        var buffers = Enumerable.Range(0, parallelism).Select(_ => new ArrayBufferWriter<byte>(1 << 20)).ToArray();
        AllPairsAgreement.Stream(matrix, periods, 1, parallelism,
            (period, slot, pairs) =>
            {
                var buffer = buffers[slot];
                buffer.ResetWrittenCount();
                foreach (ref readonly var r in pairs)
                {
                    var scores = AgreementScores.From(r.Counts, minN);
                    Append(buffer, labels[period]);
                    Append(buffer, ","u8);
                    Append(buffer, states[r.A]);
                    Append(buffer, ","u8);
                    Append(buffer, states[r.B]);
                    Append(buffer, ","u8);
                    AppendNumber(buffer, r.Counts.N);
                    foreach (var (_, value) in metrics)
                    {
                        Append(buffer, ","u8);
                        if (value(scores) is double v)
                        {
                            AppendNumber(buffer, v);
                        }
                    }

                    Append(buffer, "\n"u8);
                }
            },
            (first, last) =>
            {
                for (var p = first; p <= last; p++)
                {
                    output.Write(buffers[p - first].WrittenSpan);
                }
            });
    }

    private static void Append(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    private static void AppendNumber(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(16);
        Utf8Formatter.TryFormat(value, span, out var written);
        buffer.Advance(written);
    }

    private const int Decimals = 10;
    private const double Scale = 1e10;

    /// <summary>
    /// A measure with ten decimal places, trailing zeros dropped. Every measure lies within a few units of zero, so
    /// a scaled integer is exact to 5e-11, and writing it is several times faster than the shortest round-trip
    /// form of a double, which dominated the run time of <c>agree --all</c>.
    /// </summary>
    private static void AppendNumber(ArrayBufferWriter<byte> buffer, double value)
    {
        var span = buffer.GetSpan(40);
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e8)
        {
            Utf8Formatter.TryFormat(value, span, out var w);
            buffer.Advance(w);
            return;
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

        buffer.Advance(written);
    }
}
