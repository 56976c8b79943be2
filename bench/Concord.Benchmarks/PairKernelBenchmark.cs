using BenchmarkDotNet.Attributes;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Benchmarks;

/// <summary>One pair over one period of 64, 256 or 1024 decisions: <see cref="PairKernel"/> on bit planes vs <see cref="ScalarPairKernel"/> on bytes.</summary>
/// <remarks>Votes are drawn with a fixed seed in roughly General Assembly proportions (yes-heavy, some absent and non-voting).</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PairKernelBenchmark
{
    private PeriodPlanes _planes = null!;
    private byte[] _a = null!;
    private byte[] _b = null!;

    [Params(64, 256, 1024)]
    public int Decisions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261124);
        var votes = new byte[2 * Decisions];
        for (var i = 0; i < votes.Length; i++)
        {
            votes[i] = random.Next(100) switch
            {
                < 60 => 1, // yes
                < 75 => 2, // abstain
                < 85 => 3, // no
                < 95 => 0, // absent
                _ => 4, // non-voting
            };
        }

        var decisions = Enumerable.Range(0, Decisions)
            .Select(i => new MatrixDecision(i, new DateOnly(2000, 1, 1).AddDays(i), DecisionKind.Resolution, 55, false, IssueSet.None))
            .ToArray();
        var matrix = new VoteMatrix(["AAA", "BBB"], decisions, votes, Forum.GeneralAssembly, predecessorsMerged: false);
        var columns = Enumerable.Range(0, Decisions).ToArray();
        _planes = new PeriodPlanes(matrix, columns);
        _a = ScalarPairKernel.Gather(matrix, 0, columns);
        _b = ScalarPairKernel.Gather(matrix, 1, columns);
        if (PairKernel.Count(_planes.Planes(0), _planes.Planes(1), _planes.Words) != ScalarPairKernel.Count(_a, _b))
        {
            throw new InvalidOperationException("The kernels disagree.");
        }
    }

    [Benchmark(Description = "PairKernel (bit planes)")]
    public PairCounts BitPlanes() => PairKernel.Count(_planes.Planes(0), _planes.Planes(1), _planes.Words);

    [Benchmark(Baseline = true, Description = "ScalarPairKernel (bytes)")]
    public PairCounts Scalar() => ScalarPairKernel.Count(_a, _b);
}
