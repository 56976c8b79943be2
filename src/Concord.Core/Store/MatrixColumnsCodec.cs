using Concord.Analysis.Agreement;
using System.Buffers.Binary;
using Concord.Domain;

namespace Concord.Store;

/// <summary>The vote matrix's column metadata packed into one blob, so a command reads it in one row, not thousands.</summary>
/// <remarks>Sixteen bytes per column, little-endian: decision id (int32), day number (int32), kind (byte), regular session (int16), unanimous (byte), issue flags (uint32).</remarks>
public static class MatrixColumnsCodec
{
    private const int Width = 16;

    public static byte[] Encode(IReadOnlyList<MatrixDecision> columns)
    {
        var bytes = new byte[columns.Count * Width];
        for (var i = 0; i < columns.Count; i++)
        {
            var d = columns[i];
            var span = bytes.AsSpan(i * Width, Width);
            BinaryPrimitives.WriteInt32LittleEndian(span, d.DecisionId);
            BinaryPrimitives.WriteInt32LittleEndian(span[4..], d.Date.DayNumber);
            span[8] = (byte)d.Kind;
            BinaryPrimitives.WriteInt16LittleEndian(span[9..], d.Session);
            span[11] = d.Unanimous ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)d.Issues);
        }

        return bytes;
    }

    public static List<MatrixDecision> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % Width != 0)
        {
            throw new InvalidDataException($"The stored matrix columns are {bytes.Length} bytes, not a multiple of {Width}: rebuild the database with 'concord data sync'.");
        }

        var result = new List<MatrixDecision>(bytes.Length / Width);
        for (var at = 0; at < bytes.Length; at += Width)
        {
            var span = bytes.Slice(at, Width);
            result.Add(new MatrixDecision(
                BinaryPrimitives.ReadInt32LittleEndian(span),
                DateOnly.FromDayNumber(BinaryPrimitives.ReadInt32LittleEndian(span[4..])),
                (DecisionKind)span[8],
                BinaryPrimitives.ReadInt16LittleEndian(span[9..]),
                span[11] == 1,
                (IssueSet)BinaryPrimitives.ReadUInt32LittleEndian(span[12..])));
        }

        return result;
    }
}
