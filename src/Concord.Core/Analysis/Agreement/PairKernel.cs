using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Concord.Analysis.Agreement;

/// <summary>Counts a pair's votes over one period from bit planes: twelve population counts per 64 decisions.</summary>
/// <remarks>
/// One pass computes every total the measures need. Planes are ANDed word by word and counted with the processor's
/// POPCNT (<see cref="BitOperations.PopCount(ulong)"/>); no branch depends on the votes. The length is checked once,
/// then the loop reads through references so the JIT emits no bounds checks: the kernel runs about 1.5 million
/// times for all pairs and years of the General Assembly. <see cref="ScalarPairKernel"/> is the plain
/// byte-by-byte twin used as the test reference and benchmark baseline.
/// </remarks>
public static class PairKernel
{
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static PairCounts Count(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int words)
    {
        var length = PeriodPlanes.PlaneCount * words;
        if (a.Length < length || b.Length < length)
        {
            throw new ArgumentException("Each state needs four planes of the period's width.");
        }

        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        int n = 0, yy = 0, aa = 0, nn = 0, yn = 0, ny = 0, ay = 0, aab = 0, by = 0, bab = 0, one = 0, abstainedOne = 0;
        for (var i = 0; i < length; i += PeriodPlanes.PlaneCount)
        {
            var aYes = Unsafe.Add(ref pa, i);
            var aAbs = Unsafe.Add(ref pa, i + 1);
            var aNo = Unsafe.Add(ref pa, i + 2);
            var bYes = Unsafe.Add(ref pb, i);
            var bAbs = Unsafe.Add(ref pb, i + 1);
            var bNo = Unsafe.Add(ref pb, i + 2);
            var aCast = Unsafe.Add(ref pa, i + 3);
            var bCast = Unsafe.Add(ref pb, i + 3);
            var common = aCast & bCast;
            n += BitOperations.PopCount(common);
            yy += BitOperations.PopCount(aYes & bYes);
            aa += BitOperations.PopCount(aAbs & bAbs);
            nn += BitOperations.PopCount(aNo & bNo);
            yn += BitOperations.PopCount(aYes & bNo);
            ny += BitOperations.PopCount(aNo & bYes);
            ay += BitOperations.PopCount(aYes & common);
            aab += BitOperations.PopCount(aAbs & common);
            by += BitOperations.PopCount(bYes & common);
            bab += BitOperations.PopCount(bAbs & common);
            one += BitOperations.PopCount(aCast ^ bCast);
            abstainedOne += BitOperations.PopCount((aAbs & ~bCast) | (bAbs & ~aCast));
        }

        return new PairCounts(n, yy, aa, nn, yn, ny, ay, aab, by, bab, one, abstainedOne);
    }
}
