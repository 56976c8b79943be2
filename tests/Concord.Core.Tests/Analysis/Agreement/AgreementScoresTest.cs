using Concord.Analysis.Agreement;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

public class AgreementScoresTest
{
    private const int Precision = 12;

    [Fact]
    public void From_FiveMixedVotes_GivesEveryMeasureAsComputedByHand()
    {
        // Given A = Y Y N A Y and B = Y N N Y A
        //   pairs (Y,Y) (Y,N) (N,N) (A,Y) (Y,A): n = 5, identical YY = 1, NN = 1, opposite YN = 1, partial = 2
        //   A's marginals Y 3/5 A 1/5 N 1/5; B's marginals Y 2/5 A 1/5 N 2/5
        // When the measures are computed
        var s = Scores("YYNAY", "YNNYA");

        // Then the counts are those above
        Assert.Equal(new PairCounts(N: 5, YesYes: 1, AbstainAbstain: 0, NoNo: 1, YesNo: 1, NoYes: 0, AYes: 3, AAbstain: 1, BYes: 2, BAbstain: 1), s.Counts);
        Assert.Equal(5, s.N);

        // agreement: |x-y| = 0, 1, 0, .5, .5 → mean .4 → 1 - .4 = .6
        Assert.Equal(0.6, s.Agreement!.Value, Precision);

        // identical: 2 of 5 = .4
        Assert.Equal(0.4, s.Identical!.Value, Precision);

        // S absolute: 1 - 2 × .4 = .2
        Assert.Equal(0.2, s.SAbsolute!.Value, Precision);

        // S squared: d² = 0, 1, 0, .25, .25 → mean .3 → 1 - 2 × .3 = .4
        Assert.Equal(0.4, s.SSquared!.Value, Precision);

        // kappa: D_o = .3; D_e = Σ pA(i) pB(j) (i-j)²
        //   = .6·.2·.25 + .6·.4·1 + .2·.4·.25 + .2·.4·.25 + .2·.4·1 + .2·.2·.25
        //   = .03 + .24 + .02 + .02 + .08 + .01 = .40 → 1 - .3/.4 = .25
        Assert.Equal(0.25, s.Kappa!.Value, Precision);

        // kappa nominal: D_o = 3/5 = .6; D_e = 1 - (.6·.4 + .2·.2 + .2·.4) = 1 - .36 = .64 → 1 - .6/.64 = .0625
        Assert.Equal(0.0625, s.KappaNominal!.Value, Precision);

        // pi: pooled Y .5 A .2 N .3; D_e = 2 (.5·.2·.25 + .5·.3·1 + .2·.3·.25) = 2 (.025 + .15 + .015) = .38
        //   → 1 - .3/.38 = 4/19
        Assert.Equal(4.0 / 19, s.Pi!.Value, Precision);

        // pi nominal: D_e = 1 - (.5² + .2² + .3²) = 1 - .38 = .62 → 1 - .6/.62 = 1/31
        Assert.Equal(1.0 / 31, s.PiNominal!.Value, Precision);

        // coincidence: identical yes/no 2 (YY, NN), opposite 1 (YN), the two pairs with an abstention ignored → 2/3
        Assert.Equal(2.0 / 3, s.Coincidence!.Value, Precision);
    }

    [Fact]
    public void From_HalfIdenticalHalfOpposite_IsATieThatEveryChanceCorrectedMeasurePutsAtZero()
    {
        // Given A = Y N Y N and B = Y N N Y: two identical, two opposite, no abstention
        //   both marginals Y .5 N .5
        // When the measures are computed
        var s = Scores("YNYN", "YNNY");

        // Then agreement = 1 - 2/4 = .5, identical 2/4 = .5, S = 1 - 2·.5 = 0 (d and d² are both 0 or 1)
        Assert.Equal(0.5, s.Agreement!.Value, Precision);
        Assert.Equal(0.5, s.Identical!.Value, Precision);
        Assert.Equal(0.0, s.SAbsolute!.Value, Precision);
        Assert.Equal(0.0, s.SSquared!.Value, Precision);

        // kappa: D_o = .5, D_e = .5·.5 + .5·.5 = .5 → 0; nominal D_e = 1 - (.25 + .25) = .5 → 0
        // pi: pooled marginals equal each state's own, so the same 0 and 0
        Assert.Equal(0.0, s.Kappa!.Value, Precision);
        Assert.Equal(0.0, s.KappaNominal!.Value, Precision);
        Assert.Equal(0.0, s.Pi!.Value, Precision);
        Assert.Equal(0.0, s.PiNominal!.Value, Precision);

        // coincidence: 2 identical ÷ (2 + 2 opposite) = .5
        Assert.Equal(0.5, s.Coincidence!.Value, Precision);
    }

    [Fact]
    public void From_BothAbstainingThroughout_AgreeFullyButHaveNoChanceCorrectedMeasureOrCoincidence()
    {
        // Given two states that abstained on all four common decisions
        // When the measures are computed
        var s = Scores("AAAA", "AAAA");

        // Then agreement and identical are 1, and so is S (no distance at all)
        Assert.Equal(4, s.N);
        Assert.Equal(1.0, s.Agreement);
        Assert.Equal(1.0, s.Identical);
        Assert.Equal(1.0, s.SAbsolute);
        Assert.Equal(1.0, s.SSquared);

        // And kappa and pi are null because D_e = 0 (one category only), coincidence null because no yes/no pair
        Assert.Null(s.Kappa);
        Assert.Null(s.KappaNominal);
        Assert.Null(s.Pi);
        Assert.Null(s.PiNominal);
        Assert.Null(s.Coincidence);
    }

    [Fact]
    public void From_BothVotingYesThroughout_HasFullAgreementAndCoincidenceButNoKappa()
    {
        // Given two states that voted yes on every common decision (one category only)
        // When the measures are computed
        var s = Scores("YYY", "YYY");

        // Then agreement, identical, S and coincidence (3 ÷ 3) are 1; kappa and pi are undefined (D_e = 0)
        Assert.Equal(1.0, s.Agreement);
        Assert.Equal(1.0, s.Identical);
        Assert.Equal(1.0, s.SAbsolute);
        Assert.Equal(1.0, s.SSquared);
        Assert.Equal(1.0, s.Coincidence);
        Assert.Null(s.Kappa);
        Assert.Null(s.KappaNominal);
        Assert.Null(s.Pi);
        Assert.Null(s.PiNominal);
    }

    [Fact]
    public void From_OneStateAlwaysYesTheOtherAlwaysNo_IsTotalDisagreement()
    {
        // Given A = Y Y Y Y and B = N N N N: each state uses one category, but not the same one
        // When the measures are computed
        var s = Scores("YYYY", "NNNN");

        // Then agreement 0, identical 0, S = 1 - 2·1 = -1, coincidence 0 ÷ 4 = 0
        Assert.Equal(0.0, s.Agreement!.Value, Precision);
        Assert.Equal(0.0, s.Identical!.Value, Precision);
        Assert.Equal(-1.0, s.SAbsolute!.Value, Precision);
        Assert.Equal(-1.0, s.SSquared!.Value, Precision);
        Assert.Equal(0.0, s.Coincidence!.Value, Precision);

        // kappa: D_o = 1, D_e = pA(Y)·pB(N)·1 = 1 → 0; nominal D_e = 1 - 0 = 1 → 0
        Assert.Equal(0.0, s.Kappa!.Value, Precision);
        Assert.Equal(0.0, s.KappaNominal!.Value, Precision);

        // pi: pooled Y .5 N .5 → D_e = 2·.5·.5 = .5 → 1 - 1/.5 = -1; nominal D_e = 1 - .5 = .5 → -1
        Assert.Equal(-1.0, s.Pi!.Value, Precision);
        Assert.Equal(-1.0, s.PiNominal!.Value, Precision);
    }

    [Fact]
    public void From_AbsentAndNonVotingVotes_AreLeftOutPairwise()
    {
        // Given A = Y Y - N X A and B = Y - N N Y N: only decisions 1 (Y,Y), 4 (N,N) and 6 (A,N) were cast by both
        // When the measures are computed
        var s = Scores("YY-NXA", "Y-NNYN");

        // Then n = 3, agreement = 1 - (0 + 0 + .5)/3 = 5/6, identical 2/3, coincidence 2 ÷ 2 = 1;
        // decisions 2, 3 and 5 were cast by one of them only, none of them an abstention
        Assert.Equal(new PairCounts(3, 1, 0, 1, 0, 0, 1, 1, 1, 0, OneAbsent: 3, AbstainedOtherAbsent: 0), s.Counts);
        Assert.Equal(5.0 / 6, s.Agreement!.Value, Precision);
        Assert.Equal(2.0 / 3, s.Identical!.Value, Precision);
        Assert.Equal(1.0, s.Coincidence!.Value, Precision);
    }

    [Fact]
    public void From_FewerCommonVotesThanTheMinimum_HasNoMeasureButKeepsTheCounts()
    {
        // Given the five-vote pair of the hand-computed case
        var counts = ScalarPairKernel.Count(Votes("YYNAY"), Votes("YNNYA"));

        // When the minimum is 6 common votes
        var s = AgreementScores.From(counts, 6);

        // Then every measure is null and the counts are kept
        Assert.All(Measures(s), m => Assert.Null(m.Value));
        Assert.Equal(5, s.Counts.N);
        Assert.Equal(counts, s.Counts);

        // And at a minimum of exactly 5 they are all there
        Assert.All(Measures(AgreementScores.From(counts, 5)), m => Assert.NotNull(m.Value));
    }

    [Fact]
    public void From_NoCommonVoteAndAMinimumOfZero_HasNoMeasure()
    {
        // Given two states that never voted on the same decision
        var counts = ScalarPairKernel.Count(Votes("YN--"), Votes("--YA"));

        // When the minimum asked for is 0 (the score is still computed over at least one vote)
        var s = AgreementScores.From(counts, 0);

        // Then n is 0 and every measure is null rather than NaN
        Assert.Equal(0, s.N);
        Assert.All(Measures(s), m => Assert.Null(m.Value));
    }

    [Fact]
    public void From_ManyRandomPairs_NeverGivesNaNOrInfinity()
    {
        // Given 20,000 random pairs of vote vectors (bytes 0..4, length 0..40, some skewed to one or two categories)
        var random = new Random(20250101);
        var checkedValues = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(0, 41);
            var alphabet = (byte)random.Next(1, 6);
            var a = new byte[length];
            var b = new byte[length];
            for (var k = 0; k < length; k++)
            {
                a[k] = (byte)random.Next(0, alphabet);
                b[k] = (byte)random.Next(0, alphabet);
            }

            // When the measures are computed
            var s = AgreementScores.From(ScalarPairKernel.Count(a, b), 1);

            // Then every measure that has a value is finite
            foreach (var (name, value) in Measures(s))
            {
                if (value is { } v)
                {
                    Assert.True(double.IsFinite(v), $"{name} = {v} for A = [{string.Join(",", a)}], B = [{string.Join(",", b)}]");
                    checkedValues++;
                }
            }
        }

        // And the random cases did produce values to check
        Assert.True(checkedValues > 50_000, $"only {checkedValues} values were checked");
    }
}
