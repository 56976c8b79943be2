namespace Concord.Store;

/// <summary>A year's term vectors as one compact blob: per speech, its number of terms, then each term as the gap from
/// the previous term id and its count, all as unsigned LEB128 varints.</summary>
/// <remarks>Term ids ascend within a speech, so the gaps are small, and most counts are 1–3: one or two bytes a term
/// instead of eight. The blob is a third of the plain int32 form, and reading blobs is what a speech question's start-up
/// spends most on.</remarks>
internal static class SpeechVectorCodec
{
    public static byte[] Encode(IEnumerable<(int[] Terms, int[] Counts)> speeches) => Encode(speeches, out _);

    /// <param name="offsets">Where each speech starts in the blob, and the blob's length last (speeches + 1 values).</param>
    public static byte[] Encode(IEnumerable<(int[] Terms, int[] Counts)> speeches, out int[] offsets)
    {
        var output = new MemoryStream();
        var starts = new List<int>();
        foreach (var (terms, counts) in speeches)
        {
            starts.Add((int)output.Length);
            Write(output, (uint)terms.Length);
            var previous = 0;
            for (var k = 0; k < terms.Length; k++)
            {
                Write(output, (uint)(terms[k] - previous));
                Write(output, (uint)counts[k]);
                previous = terms[k];
            }
        }

        starts.Add((int)output.Length);
        offsets = [.. starts];
        return output.ToArray();
    }

    /// <summary>The vectors of <paramref name="speeches"/> speeches, in order.</summary>
    public static List<(int[] Terms, int[] Counts)> Decode(ReadOnlySpan<byte> data, int speeches)
    {
        var result = new List<(int[], int[])>(speeches);
        var at = 0;
        for (var s = 0; s < speeches; s++)
        {
            var n = (int)Read(data, ref at);
            var terms = new int[n];
            var counts = new int[n];
            var previous = 0;
            for (var k = 0; k < n; k++)
            {
                previous += (int)Read(data, ref at);
                terms[k] = previous;
                counts[k] = (int)Read(data, ref at);
            }

            result.Add((terms, counts));
        }

        if (at != data.Length)
        {
            throw new InvalidDataException($"A speech vector blob has {data.Length - at} bytes after its {speeches} speeches.");
        }

        return result;
    }

    private static void Write(MemoryStream output, uint value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static uint Read(ReadOnlySpan<byte> data, ref int at)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }
}
