using Concord.Domain;
namespace Concord.Analysis.Agreement;

/// <summary>One period's votes as bit planes: for every state, four bitsets (yes, abstain, no, voted) over the period's decisions.</summary>
/// <remarks>
/// The planes are interleaved word by word (<c>[yes₀ abstain₀ no₀ cast₀ yes₁ ...]</c>) so that a pair is compared
/// by walking two short contiguous runs of <see cref="ulong"/>: a General Assembly year (up to about 250
/// decisions) is at most four words per plane, sixteen per state.
/// </remarks>
public sealed class PeriodPlanes
{
    public const int PlaneCount = 4;

    private readonly ulong[] _bits;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public PeriodPlanes(VoteMatrix matrix, ReadOnlySpan<int> columns)
    {
        Words = (columns.Length + 63) / 64;
        Rows = matrix.Rows;
        _bits = new ulong[Rows * PlaneCount * Words];
        Active = new bool[Rows];
        for (var r = 0; r < Rows; r++)
        {
            var row = matrix.Row(r);
            var planes = _bits.AsSpan(r * PlaneCount * Words, PlaneCount * Words);
            for (var k = 0; k < columns.Length; k++)
            {
                var v = row[columns[k]];
                if (v is 0 or > 3)
                {
                    continue;
                }

                var word = (k >> 6) * PlaneCount;
                var bit = 1UL << (k & 63);
                planes[word + v - 1] |= bit;
                planes[word + 3] |= bit;
                Active[r] = true;
            }
        }
    }

    public int Words { get; }

    public int Rows { get; }

    /// <summary>Whether the state voted at least once in the period (pairs with an inactive state have n = 0).</summary>
    public bool[] Active { get; }

    public ReadOnlySpan<ulong> Planes(int row) => _bits.AsSpan(row * PlaneCount * Words, PlaneCount * Words);
}
