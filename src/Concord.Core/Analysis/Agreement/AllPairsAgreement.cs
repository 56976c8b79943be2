using Concord.Domain;
namespace Concord.Analysis.Agreement;

/// <summary>The counts of one pair (rows <see cref="A"/> &lt; <see cref="B"/> of the matrix) over one period.</summary>
public readonly record struct PairPeriodCounts(int Period, int A, int B, PairCounts Counts);

/// <summary>Receives one period's pairs; the span is reused once the call returns.</summary>
public delegate void PeriodPairsSink(int period, int slot, ReadOnlySpan<PairPeriodCounts> pairs);

/// <summary>Every pair of states over every period at once: what researchers feed into their models.</summary>
/// <remarks>
/// Periods are spread over the cores; within a period each state's votes become bit planes once and every pair
/// is compared with <see cref="PairKernel"/>. Pairs with fewer than <c>minCommon</c> common votes are left out
/// (the peers' convention is 1: a pair appears when it shares at least one vote).
/// </remarks>
public static class AllPairsAgreement
{
    public static PairPeriodCounts[] Compute(VoteMatrix matrix, IReadOnlyList<Period> periods, int minCommon = 1)
    {
        // Bit planes first (cheap), so that every period's share of one result array is known before counting:
        // the periods then fill their own slices in parallel and nothing large is allocated twice.
        var planes = new PeriodPlanes[periods.Count];
        var active = new int[periods.Count][];
        var offsets = new long[periods.Count + 1];
        Parallel.For(0, periods.Count, p =>
        {
            planes[p] = new PeriodPlanes(matrix, periods[p].Columns);
            active[p] = ActiveRows(planes[p]);
        });
        for (var p = 0; p < periods.Count; p++)
        {
            long k = active[p].Length;
            offsets[p + 1] = offsets[p] + (k * (k - 1) / 2);
        }

        var all = new PairPeriodCounts[offsets[^1]];
        var filled = new int[periods.Count];
        Parallel.For(0, periods.Count, p => filled[p] = ComputePeriod(planes[p], active[p], p, minCommon, all.AsSpan((int)offsets[p], (int)(offsets[p + 1] - offsets[p]))));

        // Close the gaps left by pairs below minCommon (none with the default of 1 except pairs sharing no vote).
        var at = 0;
        for (var p = 0; p < periods.Count; p++)
        {
            if (at != offsets[p])
            {
                Array.Copy(all, offsets[p], all, at, filled[p]);
            }

            at += filled[p];
        }

        Array.Resize(ref all, at);
        return all;
    }

    /// <summary>How many output slots <see cref="Stream"/> uses for a given parallelism (a sink keeps one buffer per slot).</summary>
    public static int StreamSlots(int parallelism) => 2 * Math.Max(1, parallelism);

    /// <summary>
    /// Streams every period's pairs to <paramref name="sink"/>, computed on <paramref name="parallelism"/> workers that
    /// take the next period as soon as they are free, and hands the periods to <paramref name="periodDone"/> on the
    /// calling thread strictly in order. At most <see cref="StreamSlots"/> periods are in flight, so memory stays at a
    /// few periods: on this machine touching fresh memory costs more than counting the votes, so nothing
    /// proportional to the output is allocated.
    /// </summary>
    /// <param name="sink">Called once per period on a worker thread, with the period's slot (period mod slots) for per-slot buffers.</param>
    /// <param name="periodDone">Called on the calling thread for every period in order, once its sink call returned.</param>
    public static void Stream(VoteMatrix matrix, IReadOnlyList<Period> periods, int minCommon, int parallelism, PeriodPairsSink sink, Action<int, int> periodDone)
    {
        parallelism = Math.Max(1, parallelism);
        var slots = StreamSlots(parallelism);
        var maxPairs = Math.Max(1, matrix.Rows * (matrix.Rows - 1) / 2);
        var done = new bool[periods.Count];
        var next = -1;
        var written = 0;
        Exception? failure = null;
        var gate = new object();
        void Work()
        {
            var scratch = Array.Empty<PairPeriodCounts>();
            try
            {
                while (true)
                {
                    var p = Interlocked.Increment(ref next);
                    if (p >= periods.Count)
                    {
                        return;
                    }

                    lock (gate)
                    {
                        // The period's slot is free once the period that used it last has been written.
                        while (p >= Volatile.Read(ref written) + slots && failure is null)
                        {
                            Monitor.Wait(gate);
                        }
                    }

                    var planes = new PeriodPlanes(matrix, periods[p].Columns);
                    var active = ActiveRows(planes);
                    var needed = Math.Max(1, active.Length * (active.Length - 1) / 2);
                    if (scratch.Length < needed)
                    {
                        // Sized for every pair at once: the active states grow almost every year, and growing to
                        // each year's need allocated a fresh large-object array each time (a full collection apiece).
                        scratch = new PairPeriodCounts[maxPairs];
                    }

                    var count = ComputePeriod(planes, active, p, minCommon, scratch);
                    sink(p, p % slots, scratch.AsSpan(0, count));
                    lock (gate)
                    {
                        done[p] = true;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= e;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning)).ToArray();
        for (var p = 0; p < periods.Count; p++)
        {
            lock (gate)
            {
                while (!done[p] && failure is null)
                {
                    Monitor.Wait(gate);
                }
            }

            if (failure is not null)
            {
                break;
            }

            periodDone(p, p % slots);
            lock (gate)
            {
                Volatile.Write(ref written, p + 1);
                Monitor.PulseAll(gate);
            }
        }

        Task.WaitAll(workers);
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private static int[] ActiveRows(PeriodPlanes planes)
    {
        var count = 0;
        foreach (var a in planes.Active)
        {
            count += a ? 1 : 0;
        }

        var rows = new int[count];
        var i = 0;
        for (var r = 0; r < planes.Rows; r++)
        {
            if (planes.Active[r])
            {
                rows[i++] = r;
            }
        }

        return rows;
    }

    // Runs once per command: compile it optimised at once rather than through the tiered JIT's slow first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int ComputePeriod(PeriodPlanes planes, int[] active, int index, int minCommon, Span<PairPeriodCounts> result)
    {
        var count = 0;
        var words = planes.Words;
        for (var i = 0; i < active.Length; i++)
        {
            var a = planes.Planes(active[i]);
            for (var j = i + 1; j < active.Length; j++)
            {
                var counts = PairKernel.Count(a, planes.Planes(active[j]), words);
                if (counts.N >= minCommon)
                {
                    result[count++] = new PairPeriodCounts(index, active[i], active[j], counts);
                }
            }
        }

        return count;
    }

    /// <summary>One state against every other state, period by period (for "who votes most like A").</summary>
    public static PairPeriodCounts[] OneAgainstAll(VoteMatrix matrix, IReadOnlyList<Period> periods, int row, int minCommon = 1)
    {
        var result = new List<PairPeriodCounts>();
        for (var p = 0; p < periods.Count; p++)
        {
            var planes = new PeriodPlanes(matrix, periods[p].Columns);
            if (!planes.Active[row])
            {
                continue;
            }

            var a = planes.Planes(row);
            for (var other = 0; other < matrix.Rows; other++)
            {
                if (other == row || !planes.Active[other])
                {
                    continue;
                }

                var counts = PairKernel.Count(a, planes.Planes(other), planes.Words);
                if (counts.N >= minCommon)
                {
                    result.Add(new PairPeriodCounts(p, row, other, counts));
                }
            }
        }

        return [.. result];
    }

    /// <summary>One pair, period by period; periods where they share no vote have n = 0.</summary>
    /// <remarks>Two rows only: gathering their bytes is cheaper than bit planes for every state of the period.</remarks>
    public static PairCounts[] OnePair(VoteMatrix matrix, IReadOnlyList<Period> periods, int rowA, int rowB)
    {
        var result = new PairCounts[periods.Count];
        for (var p = 0; p < periods.Count; p++)
        {
            var columns = periods[p].Columns;
            result[p] = ScalarPairKernel.Count(ScalarPairKernel.Gather(matrix, rowA, columns), ScalarPairKernel.Gather(matrix, rowB, columns));
        }

        return result;
    }
}
