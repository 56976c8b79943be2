using Concord.Analysis.Agreement;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

public class StateDeptCoincidenceTest
{
    private const double Precision = 1e-12;

    // Ten decisions, the United States first:
    //   YY, NN, AA, YY   identical (S = 4; 3 of them yes/no)
    //   YN               opposite (O = 1)
    //   YA, AY           partial (P = 2)
    //   A-               the US abstained, the other was absent (counted by the 2019-2020 rule as partial)
    //   Y-               the other was absent (A = 2 with the one before)
    //   --               neither voted: never counted
    private const string Us = "YNAYYYAAY-";
    private const string Other = "YNAYNAY---";

    private static PairCounts Counts() => ScalarPairKernel.Count(Votes(Us), Votes(Other));

    [Fact]
    public void ScalarKernel_CountsTheAbsencesPairwiseDeletionLeavesOut()
    {
        // When the hand-made pair is counted
        var c = Counts();

        // Then 7 common votes (S 4, O 1, P 2), 2 decisions only one voted on, 1 of them an abstention against an absence
        Assert.Equal((7, 4, 1, 2), (c.N, c.Same, c.Opposite, c.Partial));
        Assert.Equal(2, c.OneAbsent);
        Assert.Equal(1, c.AbstainedOtherAbsent);
    }

    [Fact]
    public void BitPlaneKernel_CountsTheAbsencesAsTheScalarKernelDoes()
    {
        // Given the pair as a two-row matrix, When both kernels count it
        var decisions = Enumerable.Range(0, Us.Length).Select(k => Decision(k + 1, new DateOnly(2019, 1, 1).AddDays(k))).ToArray();
        var matrix = Matrix(decisions, ("USA", Us), ("XXX", Other));
        var planes = new PeriodPlanes(matrix, [.. Enumerable.Range(0, Us.Length)]);
        var bits = PairKernel.Count(planes.Planes(0), planes.Planes(1), planes.Words);

        // Then they agree field by field, the two new counts included
        Assert.Equal(Counts(), bits);
    }

    [Theory]
    // yes/no only: (YY + NN) / (YY + NN + O) = 3 / 4
    [InlineData(CoincidenceRule.YesNoOnly, 3.0 / 4)]
    // 2018: (S + P/2) / (S + O + P) = (4 + 1) / 7
    [InlineData(CoincidenceRule.HalfCredit, 5.0 / 7)]
    // 2019-2020: the abstention against an absence is one more partial: (4 + 3/2) / 8
    [InlineData(CoincidenceRule.HalfCreditAbsentAgainstAbstention, 5.5 / 8)]
    // 2021-: every absence earns half and counts: (4 + 2/2 + 2/2) / 9
    [InlineData(CoincidenceRule.HalfCreditAbsenceHalf, 6.0 / 9)]
    public void Compute_EachRule_GivesTheHandComputedValue(CoincidenceRule rule, double expected)
    {
        // Given the hand-made pair, When its coincidence is computed under the rule, Then it is the value worked out above
        Assert.Equal(expected, StateDeptCoincidence.Compute(Counts(), rule)!.Value, Precision);

        // And AgreementScores carries the same value as its coincidence
        Assert.Equal(expected, AgreementScores.From(Counts(), 1, rule).Coincidence!.Value, Precision);
    }

    [Fact]
    public void Compute_OnAStateThatNeverVoted_IsHalfOnlyUnderTheAbsenceRule()
    {
        // Given a member absent on all three votes the United States cast (Venezuela 2022, without its vote)
        var c = ScalarPairKernel.Count(Votes("YNA"), Votes("XXX"));

        // Then the 2021- rule gives it half credit throughout (the 2022 and 2023 tables print 0.50), the others nothing
        Assert.Equal(0.5, StateDeptCoincidence.Compute(c, CoincidenceRule.HalfCreditAbsenceHalf));
        Assert.Null(StateDeptCoincidence.Compute(c, CoincidenceRule.HalfCredit));
        Assert.Null(StateDeptCoincidence.Compute(c, CoincidenceRule.YesNoOnly));
        Assert.Equal(0.5, StateDeptCoincidence.Compute(c, CoincidenceRule.HalfCreditAbsentAgainstAbstention));
    }

    [Theory]
    [InlineData(1990, CoincidenceRule.YesNoOnly)]
    [InlineData(2017, CoincidenceRule.YesNoOnly)]
    [InlineData(2018, CoincidenceRule.HalfCredit)]
    [InlineData(2019, CoincidenceRule.HalfCreditAbsentAgainstAbstention)]
    [InlineData(2020, CoincidenceRule.HalfCreditAbsentAgainstAbstention)]
    [InlineData(2021, CoincidenceRule.HalfCreditAbsenceHalf)]
    [InlineData(2023, CoincidenceRule.HalfCreditAbsenceHalf)]
    [InlineData(2025, CoincidenceRule.HalfCreditAbsenceHalf)]
    public void RuleFor_EachYear_IsTheRuleMeasuredForItsReport(int year, CoincidenceRule expected)
    {
        Assert.Equal(expected, StateDeptCoincidence.RuleFor(year));
        Assert.Equal(expected, AgreementConvention.StateDept.CoincidenceRule(year));
    }

    [Fact]
    public void OtherConventions_KeepTheClassicCoincidenceInEveryYear()
    {
        Assert.Equal(CoincidenceRule.YesNoOnly, AgreementConvention.All.CoincidenceRule(2022));
        Assert.Equal(CoincidenceRule.YesNoOnly, AgreementConvention.Voeten.CoincidenceRule(2019));
    }
}
