using BenchmarkDotNet.Attributes;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Benchmarks;

/// <summary>Which part of the General Assembly matrix a case runs on.</summary>
public enum DataSlice
{
    /// <summary>The first quarter of the decisions in date order (every state).</summary>
    Decisions25,

    /// <summary>The first half of the decisions in date order.</summary>
    Decisions50,

    /// <summary>Every decision and every state.</summary>
    All,

    /// <summary>Every fourth state (in code order), every decision: about 1/16 of the pairs.</summary>
    States25,

    /// <summary>Every second state, every decision: about 1/4 of the pairs.</summary>
    States50,
}

/// <summary>
/// All pairs × all years × all measures in process, as <c>agree --all --by year</c> computes them (without the CSV):
/// <see cref="AllPairsAgreement.Compute"/>, then <see cref="AgreementScores.From"/> for every row. The baseline does
/// the same with <see cref="ScalarPairKernel"/> over each state's votes gathered into a byte array per year.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AllPairsKernelBenchmark
{
    private VoteMatrix _matrix = null!;
    private IReadOnlyList<Period> _periods = null!;

    [Params(DataSlice.Decisions25, DataSlice.Decisions50, DataSlice.All, DataSlice.States25, DataSlice.States50)]
    public DataSlice Slice { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var full = BenchData.LoadGeneralAssembly();
        _matrix = Slice switch
        {
            DataSlice.States25 => BenchData.EveryNthState(full, 4),
            DataSlice.States50 => BenchData.EveryNthState(full, 2),
            _ => full,
        };

        // Columns are in date order: the first k columns are the oldest k decisions.
        var keep = Slice switch
        {
            DataSlice.Decisions25 => _matrix.Columns / 4,
            DataSlice.Decisions50 => _matrix.Columns / 2,
            _ => _matrix.Columns,
        };
        var ids = _matrix.Decisions.Take(keep).Select(d => d.DecisionId).ToHashSet();
        _periods = Periods.Build(_matrix, PeriodKind.Year, d => ids.Contains(d.DecisionId));
        var pairs = AllPairsAgreement.Compute(_matrix, _periods).Length;
        Console.WriteLine($"// {Slice}: {_matrix.Rows} states, {keep} of {_matrix.Columns} decisions, {_periods.Count} years, {pairs} pair-years");

        // Both ways must compute the same thing (bit-identical: same counts, same order of summation).
        if (BitPlanes() != Scalar())
        {
            throw new InvalidOperationException("The bit-plane and scalar all-pairs sums differ.");
        }
    }

    [Benchmark(Description = "bit planes + PairKernel")]
    public double BitPlanes()
    {
        var rows = AllPairsAgreement.Compute(_matrix, _periods);
        var sum = 0.0;
        foreach (var row in rows)
        {
            sum += Score(row.Counts);
        }

        return sum;
    }

    [Benchmark(Baseline = true, Description = "gathered bytes + ScalarPairKernel")]
    public double Scalar()
    {
        var perPeriod = new PairPeriodCounts[_periods.Count][];
        Parallel.For(0, _periods.Count, p => perPeriod[p] = ScalarPeriod(p));
        var sum = 0.0;
        foreach (var rows in perPeriod)
        {
            foreach (var row in rows)
            {
                sum += Score(row.Counts);
            }
        }

        return sum;
    }

    private PairPeriodCounts[] ScalarPeriod(int p)
    {
        var columns = _periods[p].Columns;
        var active = new List<(int Row, byte[] Votes)>();
        for (var r = 0; r < _matrix.Rows; r++)
        {
            var votes = ScalarPairKernel.Gather(_matrix, r, columns);
            if (votes.AsSpan().IndexOfAnyInRange((byte)1, (byte)3) >= 0)
            {
                active.Add((r, votes));
            }
        }

        var result = new PairPeriodCounts[active.Count * (active.Count - 1) / 2];
        var count = 0;
        for (var i = 0; i < active.Count; i++)
        {
            for (var j = i + 1; j < active.Count; j++)
            {
                var counts = ScalarPairKernel.Count(active[i].Votes, active[j].Votes);
                if (counts.N >= 1)
                {
                    result[count++] = new PairPeriodCounts(p, active[i].Row, active[j].Row, counts);
                }
            }
        }

        return count == result.Length ? result : result[..count];
    }

    /// <summary>Every measure of the pair, summed so that none of them can be optimised away.</summary>
    private static double Score(in PairCounts counts)
    {
        var s = AgreementScores.From(counts, 1);
        return (s.Agreement ?? 0) + (s.Identical ?? 0) + (s.SAbsolute ?? 0) + (s.SSquared ?? 0) + (s.Kappa ?? 0)
            + (s.KappaNominal ?? 0) + (s.Pi ?? 0) + (s.PiNominal ?? 0) + (s.Coincidence ?? 0);
    }
}
