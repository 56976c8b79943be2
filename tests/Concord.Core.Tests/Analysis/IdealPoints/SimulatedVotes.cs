using Concord.Analysis.Agreement;
using Concord.Analysis.IdealPoints;
using Concord.Domain;

namespace Concord.Tests.Analysis.IdealPoints;

/// <summary>Votes drawn from the model itself (seeded), with the true positions kept for comparison.</summary>
/// <remarks>
/// States walk by N(0, 0.15²) a year from N(0, 1) starts; the first state, "USA", starts at +1.5 so that the sign
/// convention has something to hold on to. Each year has fresh decisions plus <c>recurring</c> resolutions voted every
/// year with the same parameters (the bridge). Discriminations are ±U(0.7, 2.5), cut-points N(0, 1) apart by U(0.3, 1.2),
/// so every item has yes, abstain and no; 10% of votes are missing.
/// </remarks>
internal sealed class SimulatedVotes
{
    private SimulatedVotes(VoteMatrix matrix, string?[] keys, double[,] truth)
    {
        Matrix = matrix;
        Keys = keys;
        Truth = truth;
    }

    public VoteMatrix Matrix { get; }

    public string?[] Keys { get; }

    /// <summary>True position by state and year index.</summary>
    public double[,] Truth { get; }

    public IdealVoteData Data() => IdealVoteData.Build(Matrix, Keys);

    public static SimulatedVotes Draw(int seed, int states = 60, int years = 10, int perYear = 50, int recurring = 10)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var truth = new double[states, years];
        for (var s = 0; s < states; s++)
        {
            truth[s, 0] = s == 0 ? 1.5 : Normal();
            for (var t = 1; t < years; t++)
            {
                truth[s, t] = truth[s, t - 1] + (0.15 * Normal());
            }
        }

        (double B, double C0, double C1) Item()
        {
            var b = (random.Next(2) == 0 ? -1 : 1) * (0.7 + (1.8 * random.NextDouble()));
            var c0 = Normal();
            return (b, c0, c0 + 0.3 + (0.9 * random.NextDouble()));
        }

        var bridge = Enumerable.Range(0, recurring).Select(_ => Item()).ToArray();
        var columns = years * perYear;
        var decisions = new MatrixDecision[columns];
        var keys = new string?[columns];
        var votes = new byte[states * columns];
        for (var t = 0; t < years; t++)
        {
            for (var j = 0; j < perYear; j++)
            {
                var c = (t * perYear) + j;
                var (b, c0, c1) = j < recurring ? bridge[j] : Item();
                keys[c] = j < recurring ? $"recurring {j}" : null;
                decisions[c] = new MatrixDecision(c + 1, new DateOnly(1990 + t, 11, 1), DecisionKind.Resolution, (short)(45 + t), false, IssueSet.None);
                for (var s = 0; s < states; s++)
                {
                    if (random.NextDouble() < 0.1)
                    {
                        continue;
                    }

                    var latent = (b * truth[s, t]) + Normal();
                    votes[(s * columns) + c] = (byte)(latent < c0 ? Vote.Yes : latent < c1 ? Vote.Abstain : Vote.No);
                }
            }
        }

        var names = Enumerable.Range(0, states).Select(s => s == 0 ? "USA" : $"S{s:00}").ToList();
        return new SimulatedVotes(new VoteMatrix(names, decisions, votes, Forum.GeneralAssembly, true), keys, truth);
    }
}
