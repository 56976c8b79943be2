using Concord.Store;
using Concord.Analysis.Agreement;
using Concord.Domain;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

public class AgreementConventionTest
{
    /// <summary>
    /// Three states over eight decisions:
    ///   0 1985 amendment, split      1 1989 paragraph, split      2 1995 amendment, split   3 1995 paragraph, split
    ///   4 1995 resolution Y Y absent (unanimous)                  5 1995 resolution Y Y abstain (split)
    ///   6 1996 resolution Y non-voting Y (unanimous)              7 1996 draft, split
    /// </summary>
    private static VoteMatrix Conventions()
    {
        MatrixDecision[] decisions =
        [
            Decision(1, new DateOnly(1985, 5, 1), DecisionKind.Amendment),
            Decision(2, new DateOnly(1989, 12, 1), DecisionKind.Paragraph),
            Decision(3, new DateOnly(1995, 5, 1), DecisionKind.Amendment),
            Decision(4, new DateOnly(1995, 6, 1), DecisionKind.Paragraph),
            Decision(5, new DateOnly(1995, 7, 1)),
            Decision(6, new DateOnly(1995, 8, 1)),
            Decision(7, new DateOnly(1996, 1, 1)),
            Decision(8, new DateOnly(1996, 2, 1), DecisionKind.Draft),
        ];
        return VoteMatrixLoader.WithUnanimity(Matrix(decisions,
            ("AAA", "YYYNYYYN"),
            ("BBB", "NANYYYXN"),
            ("CCC", "YNNY-AYY")));
    }

    private static int[] Kept(AgreementConvention convention)
    {
        var m = Conventions();
        return Assert.Single(Periods.Build(m, PeriodKind.All, d => convention.Includes(d))).Columns;
    }

    [Fact]
    public void WithUnanimity_MarksDecisionsWhereNoTwoCastVotesDiffer()
    {
        // Given the convention matrix
        // When unanimity is marked
        var unanimous = Conventions().Decisions.Select(d => d.Unanimous);

        // Then only 4 (yes, yes, absent) and 6 (yes, non-voting, yes) are unanimous: an abstention breaks unanimity
        Assert.Equal([false, false, false, false, true, false, true, false], unanimous);
    }

    [Fact]
    public void Voeten_DropsUnanimousDecisions_ButKeepsOneWhereAStateAbstained()
    {
        // Given the convention matrix
        // When Voeten's convention selects the decisions
        var kept = Kept(AgreementConvention.Voeten);

        // Then 4 and 6 are dropped, 5 (one abstention) and every amendment and paragraph are kept
        Assert.Equal([0, 1, 2, 3, 5, 7], kept);
    }

    [Fact]
    public void Bsv_AlsoDropsAmendmentAndParagraphVotesAfter1989_ButKeepsEarlierOnes()
    {
        // Given the convention matrix
        // When the BSV convention selects the decisions
        var kept = Kept(AgreementConvention.Bsv);

        // Then the 1995 amendment and paragraph go as well as the unanimous ones; the 1985 amendment and 1989 paragraph stay
        Assert.Equal([0, 1, 5, 7], kept);
    }

    [Theory]
    [InlineData(AgreementConvention.All)]
    [InlineData(AgreementConvention.StateDept)]
    public void AllAndStateDept_KeepEveryDecision(AgreementConvention convention)
    {
        // Given the convention matrix, When the convention selects the decisions, Then all eight are kept
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], Kept(convention));
    }

    [Theory]
    [InlineData("all", AgreementConvention.All)]
    [InlineData(" Voeten ", AgreementConvention.Voeten)]
    [InlineData("BSV", AgreementConvention.Bsv)]
    [InlineData("statedept", AgreementConvention.StateDept)]
    [InlineData("state-dept", AgreementConvention.StateDept)]
    public void Parse_ReadsEveryConventionName(string text, AgreementConvention expected)
    {
        // Given a convention name as typed, When it is parsed, Then it is the convention, and its code parses back to it
        var parsed = AgreementConventions.Parse(text);
        Assert.Equal(expected, parsed);
        Assert.Equal(parsed, AgreementConventions.Parse(parsed.Code()));
    }

    [Fact]
    public void Parse_UnknownName_ListsTheKnownOnes()
    {
        // Given a misspelt name, When it is parsed, Then the error names the known conventions
        var e = Assert.Throws<ArgumentException>(() => AgreementConventions.Parse("voten"));
        Assert.Contains("voeten", e.Message, StringComparison.Ordinal);
        Assert.Contains("statedept", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultPeriodAndHeadline_FollowThePublishedFigures()
    {
        // Given every convention, When its default period and headline measure are asked for,
        // Then BSV is by session with the identical share, the State Department's headline is coincidence, the rest agreement by year
        Assert.Equal(PeriodKind.Session, AgreementConvention.Bsv.DefaultPeriod());
        Assert.Equal(PeriodKind.Year, AgreementConvention.Voeten.DefaultPeriod());
        Assert.Equal(PeriodKind.Year, AgreementConvention.StateDept.DefaultPeriod());
        Assert.Equal(PeriodKind.Year, AgreementConvention.All.DefaultPeriod());
        Assert.Equal("identical", AgreementConvention.Bsv.HeadlineMeasure());
        Assert.Equal("coincidence", AgreementConvention.StateDept.HeadlineMeasure());
        Assert.Equal("agreement", AgreementConvention.Voeten.HeadlineMeasure());
        Assert.Equal("agreement", AgreementConvention.All.HeadlineMeasure());
    }
}
