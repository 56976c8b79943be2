using Concord.Analysis.Agreement;
using Concord.Analysis.IdealPoints;
using Concord.Domain;

namespace Concord.Tests.Analysis.IdealPoints;

public sealed class DynamicOrdinalIrtTest
{
    [Fact]
    public void LogPosterior_IsHighestAtTheFit()
    {
        // Given a fit of simulated votes
        var data = SimulatedVotes.Draw(seed: 20170402).Data();
        var fit = DynamicOrdinalIrt.Fit(data);

        // When one state-year's position is moved away from the mode
        var moved = (double[])fit.Theta.Clone();
        moved[0] += 0.5;

        // Then the posterior falls: the fit is a mode, and the lazily computed value is the one at the estimates
        var atMoved = DynamicOrdinalIrt.LogPosterior(data, moved, fit.Discrimination, fit.Cut0, fit.Cut1, IdealPointOptions.Default);
        Assert.True(fit.LogPosterior > atMoved, $"{fit.LogPosterior} <= {atMoved}");
    }

    [Fact]
    public void SimulatedVotes_PositionsAreRecovered()
    {
        var sim = SimulatedVotes.Draw(seed: 20170401);
        var data = sim.Data();
        var fit = DynamicOrdinalIrt.Fit(data);
        var (estimated, truth) = Paired(sim, data, fit);
        Assert.True(Pearson(estimated, truth) >= 0.98, $"r = {Pearson(estimated, truth):0.0000}");
        Assert.True(fit.Iterations < IdealPointOptions.Default.MaxIterations, "the fit converged");

        // Year by year too: the bridge and the walk keep every cross-section in place.
        for (var t = 0; t < sim.Truth.GetLength(1); t++)
        {
            var (e, x) = Paired(sim, data, fit, t);
            Assert.True(Pearson(e, x) >= 0.95, $"year {t}: r = {Pearson(e, x):0.0000}");
        }
    }

    [Fact]
    public void RefitFromAnotherStart_MovesNoStateYearBeyondItsInterval()
    {
        var data = SimulatedVotes.Draw(seed: 77).Data();
        var first = DynamicOrdinalIrt.Fit(data);
        var second = DynamicOrdinalIrt.Fit(data, IdealPointOptions.Default with { Seed = 12345 });
        var moved = 0.0;
        for (var i = 0; i < first.Theta.Length; i++)
        {
            moved = Math.Max(moved, Math.Abs(first.Theta[i] - second.Theta[i]));
            var half = IdealPointFitter.Z90 * first.Sd[i];
            Assert.True(Math.Abs(first.Theta[i] - second.Theta[i]) <= half, $"state-year {i}: {first.Theta[i]:0.000} vs {second.Theta[i]:0.000}, half-width {half:0.000}");
        }

        // The jittered start really was elsewhere: the check is not comparing a fit with itself.
        var start0 = DynamicOrdinalIrt.StartValues(data, 0);
        var start1 = DynamicOrdinalIrt.StartValues(data, 12345);
        Assert.True(start0.Zip(start1).Max(p => Math.Abs(p.First - p.Second)) > 0.3);
    }

    [Fact]
    public void AnchorStart_PutsTheAnchorAtTheTopOfEveryYear()
    {
        var data = SimulatedVotes.Draw(seed: 9, states: 30, years: 4, perYear: 30, recurring: 5).Data();
        var start = DynamicOrdinalIrt.StartValues(data, 0, "USA", IdealPointStart.AnchorAgreement);
        for (var year = 1990; year < 1994; year++)
        {
            var usa = start[data.StateStart[0] + year - data.StateFirstYear[0]];
            for (var s = 1; s < data.States.Count; s++)
            {
                Assert.True(start[data.StateStart[s] + year - data.StateFirstYear[s]] < usa, $"{data.States[s]} {year}");
            }
        }
    }

    [Fact]
    public void OrientedStart_TurnsAYearWhoseNoVotersChangedSides()
    {
        // Given two sessions: in 1991 the USA and AAA vote no against BBB and CCC, in 1992 the same two camps but the
        // USA's camp votes yes (as the West did in the 1940s and 1950s, when the Soviet bloc cast the no votes)
        const byte Y = (byte)Vote.Yes, N = (byte)Vote.No;
        MatrixDecision D(int id, int year) => new(id, new DateOnly(year, 11, 1), DecisionKind.Resolution, (short)(year - 1945), false, IssueSet.None);
        byte[] votes =
        [
            N, N, Y, Y, // USA
            N, N, Y, Y, // AAA
            Y, Y, N, N, // BBB
            Y, Y, N, N, // CCC
        ];
        var matrix = new VoteMatrix(["USA", "AAA", "BBB", "CCC"], [D(1, 1991), D(2, 1991), D(3, 1992), D(4, 1992)], votes, Forum.GeneralAssembly, true);
        var data = IdealVoteData.Build(matrix, [null, null, null, null]);
        int At(string state, int year) => data.StateStart[data.States.ToList().IndexOf(state)] + year - 1991;

        // When the fit starts from the plain mean vote and from the mean vote turned by agreement with the USA
        var plain = DynamicOrdinalIrt.StartValues(data, 0, "USA", IdealPointStart.MeanVote);
        var oriented = DynamicOrdinalIrt.StartValues(data, 0, "USA", IdealPointStart.OrientedMeanVote);

        // Then the plain start has the camps swap places in 1992 (mean votes 1, 1, 0, 0 then 0, 0, 1, 1; mean ½, sd ½)
        Assert.Equal(1.0, plain[At("USA", 1991)], 12);
        Assert.Equal(-1.0, plain[At("USA", 1992)], 12);
        Assert.Equal(1.0, plain[At("BBB", 1992)], 12);

        // And the oriented start mirrors 1992 about its mean, so each camp stays where it was
        foreach (var (state, expected) in new[] { ("USA", 1.0), ("AAA", 1.0), ("BBB", -1.0), ("CCC", -1.0) })
        {
            Assert.Equal(expected, oriented[At(state, 1991)], 12);
            Assert.Equal(expected, oriented[At(state, 1992)], 12);
        }
    }

    [Fact]
    public void Sign_PutsTheAnchorStatePositive()
    {
        var data = SimulatedVotes.Draw(seed: 3, states: 30, years: 5, perYear: 30, recurring: 5).Data();
        var fit = DynamicOrdinalIrt.Fit(data, anchor: "S07");
        var s = data.States.ToList().IndexOf("S07");
        double sum = 0;
        for (var i = data.StateStart[s]; i < data.StateEnd[s]; i++)
        {
            sum += fit.Theta[i];
        }

        Assert.True(sum > 0);
    }

    private static (double[] Estimated, double[] Truth) Paired(SimulatedVotes sim, IdealVoteData data, IdealPointEstimates fit, int? year = null)
    {
        var e = new List<double>();
        var x = new List<double>();
        for (var s = 0; s < data.States.Count; s++)
        {
            var row = sim.Matrix.RowOf(data.States[s]);
            for (var t = 0; t < sim.Truth.GetLength(1); t++)
            {
                var i = fit.IndexOf(s, 1990 + t);
                if ((year is null || year == t) && i >= 0)
                {
                    e.Add(fit.Theta[i]);
                    x.Add(sim.Truth[row, t]);
                }
            }
        }

        return ([.. e], [.. x]);
    }

    internal static double Pearson(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }

        return sab / Math.Sqrt(saa * sbb);
    }
}
