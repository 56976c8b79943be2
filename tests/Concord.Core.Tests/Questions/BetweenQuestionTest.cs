using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Questions.Agreement;
using Concord.States;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Questions;

/// <summary>Where every state stands between A and B, on a hand-made matrix.</summary>
public sealed class BetweenQuestionTest
{
    /// <summary>
    /// A = AAA, B = BBB. Four decisions in 2015, three in 2016. In 2015 CCC votes nearly with A, DDD exactly with B,
    /// FFF abstains throughout (half with each), EEE is absent. In 2016 A is absent, DDD is present but never votes,
    /// and CCC and EEE vote with B only to compare.
    /// </summary>
    private static VoteMatrix TwoYears()
    {
        var decisions = Enumerable.Range(0, 7)
            .Select(c => Decision(c + 1, c < 4 ? new DateOnly(2015, 3, 1 + c) : new DateOnly(2016, 10, c)))
            .ToArray();
        return Matrix(decisions,
            ("AAA", "YYNY" + "---"),
            ("BBB", "NNYN" + "YYY"),
            ("CCC", "YYNA" + "YYA"),
            ("DDD", "NNYN" + "XXX"),
            ("EEE", "----" + "YNY"),
            ("FFF", "AAAA" + "---"));
    }

    private static (string State, int NA, double? WithA, int NB, double? WithB, double? Difference, string? Leans)[] Stand(VoteMatrix m, IReadOnlyList<Period> periods, int period, int minN = 1)
    {
        var rules = new CoincidenceRule[periods.Count];
        return [.. BetweenQuestion.Stand(m, periods, m.RowOf("AAA"), m.RowOf("BBB"), minN, rules, s => s.Agreement)
            .Where(r => r.Period == period)
            .Select(r => (m.States[r.Row], r.NA, Round(r.WithA), r.NB, Round(r.WithB), Round(r.Difference), r.Leans))];
    }

    private static double? Round(double? d) => d is { } v ? Math.Round(v, 6) : null;

    [Fact]
    public void ByYear_EveryStatePresentHasARow_SortedByDifference_AAndBLeftOut()
    {
        // Given the two years
        var m = TwoYears();
        var periods = Periods.Build(m, PeriodKind.Year, _ => true);

        // When each year is stood between AAA and BBB
        var y2015 = Stand(m, periods, 0);
        var y2016 = Stand(m, periods, 1);

        // Then in 2015 (agreement = 1 − (opposite + ½ partial) / n):
        //   CCC with A: YYNA/YYNY = 3 same, 1 partial → 3.5/4 = 0.875; with B: YYNA/NNYN = 3 opposite, 1 partial → 0.5/4 = 0.125
        //   FFF abstains: all partial with both → 0.5 and 0.5, even; DDD is B's copy: 0 with A, 1 with B
        //   EEE did not vote: no row
        Assert.Equal(
            [("CCC", 4, 0.875, 4, 0.125, 0.75, "a"), ("FFF", 4, 0.5, 4, 0.5, 0.0, "even"), ("DDD", 4, 0.0, 4, 1.0, -1.0, "b")],
            y2015);

        // And in 2016 A cast no vote: CCC (YYA/YYY → 2.5/3) and EEE (YNY/YYY → 2/3) have a value with B only, no difference;
        // DDD, present but never voting, and FFF, absent, have no row
        Assert.Equal(
            [("CCC", 0, null, 3, 0.833333, null, null), ("EEE", 0, null, 3, 0.666667, null, null)],
            y2016);
    }

    [Fact]
    public void OverTheWholeRange_TheCommonVotesOfBothYearsCount_AndTooFewLeaveNoValue()
    {
        // Given the two years as one period
        var m = TwoYears();
        var periods = Periods.Build(m, PeriodKind.All, _ => true);

        // When stood between AAA and BBB with at least 4 common votes
        var rows = Stand(m, periods, 0, minN: 4);

        // Then CCC shares 4 votes with A (0.875) and 7 with B ((0.5 + 2.5) / 7 = 3/7): leans to A by 0.875 − 3/7;
        // FFF is even, DDD leans to B, and EEE's 3 votes with B are too few for a value
        Assert.Equal(
            [
                ("CCC", 4, 0.875, 7, Math.Round(3.0 / 7, 6), Math.Round(0.875 - (3.0 / 7), 6), "a"),
                ("FFF", 4, 0.5, 4, 0.5, 0.0, "even"),
                ("DDD", 4, 0.0, 4, 1.0, -1.0, "b"),
                ("EEE", 0, null, 3, null, null, null),
            ],
            rows);
    }

    [Theory]
    [InlineData(0.3, 0.3, "even")]
    [InlineData(0.7, 0.3, "a")]
    [InlineData(0.3, 0.7, "b")]
    [InlineData(0.3, null, null)]
    [InlineData(null, 0.3, null)]
    public void Leans_FollowsTheSignOfTheDifference_AndIsNullWithIt(double? withA, double? withB, string? leans)
    {
        var standing = new BetweenQuestion.Standing(0, 0, 10, withA, 10, withB);

        Assert.Equal(leans, standing.Leans);
        Assert.Equal(withA is null || withB is null, standing.Difference is null);
    }

    [Fact]
    public void Absent_IsEveryMemberOfThePeriodWithoutARow_UnderItsSeatHolderWhenJoined()
    {
        // Given votes in 1972 by China, the United States and France only, read against the curated membership register
        var decisions = new[] { Decision(1, new DateOnly(1972, 10, 2)), Decision(2, new DateOnly(1972, 12, 15)) };
        var m = Matrix(decisions, ("CHN", "YY"), ("USA", "NN"), ("FRA", "YA"));
        var periods = Periods.Build(m, PeriodKind.All, _ => true);
        var rows = BetweenQuestion.Stand(m, periods, m.RowOf("CHN"), m.RowOf("USA"), 1, new CoincidenceRule[1], s => s.Agreement);
        var register = MembershipRegister.Default;

        // When the absent members are read, with continued seats joined and without
        var joined = BetweenQuestion.Absent(m, periods[0], rows, ["CHN", "USA"], Forum.GeneralAssembly, true, register, StateRegistry.Default)!;
        var apart = BetweenQuestion.Absent(m, periods[0], rows, ["CHN", "USA"], Forum.GeneralAssembly, false, register, StateRegistry.Default)!;

        // Then the United Kingdom (a member, no row) is absent; the USSR is absent as Russia when joined, as itself when not;
        // the two Germanies (admitted 18 Sep 1973) were not members yet; France, China and the United States are present
        Assert.Contains("GBR", joined);
        Assert.Contains("RUS", joined);
        Assert.DoesNotContain("SUN", joined);
        Assert.Contains("SUN", apart);
        Assert.DoesNotContain("RUS", apart);
        Assert.DoesNotContain("DEU", joined);
        Assert.DoesNotContain("DDR", joined);
        Assert.DoesNotContain("FRA", joined);
        Assert.DoesNotContain("CHN", joined);

        // And every other member on the period's days is listed once, in code order
        var members = register.UnMembers.Where(u => u.Admitted <= new DateOnly(1972, 12, 15) && (u.Left is null || u.Left >= new DateOnly(1972, 10, 2)))
            .Select(u => u.State).Where(c => c is not ("CHN" or "USA" or "FRA")).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(members, apart);
        Assert.Equal(apart.Order(StringComparer.Ordinal), apart);
    }

    [Fact]
    public void Absent_InTheCouncil_IsEverySeatedStateWithoutARow_NotEveryUnMember()
    {
        // Given Council votes in 2020 by the United States, Russia and France only
        var decisions = new[] { Decision(1, new DateOnly(2020, 3, 2)), Decision(2, new DateOnly(2020, 9, 15)) };
        var m = Matrix(decisions, ("USA", "YY"), ("RUS", "NN"), ("FRA", "YA"));
        var periods = Periods.Build(m, PeriodKind.All, _ => true);
        var rows = BetweenQuestion.Stand(m, periods, m.RowOf("RUS"), m.RowOf("USA"), 1, new CoincidenceRule[1], s => s.Agreement);
        var register = MembershipRegister.Default;

        // When the absent members are read for the Council
        var absent = BetweenQuestion.Absent(m, periods[0], rows, ["RUS", "USA"], Forum.SecurityCouncil, true, register, StateRegistry.Default);

        // Then they are the other states seated in 2020, and no state without a seat
        var seated = register.CouncilSeats(2020).Select(s => s.State).Where(c => c is not ("RUS" or "USA" or "FRA")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(12, seated.Count);
        Assert.Equal(seated, absent);
    }

    [Fact]
    public void Absent_InACouncilYearTheRegisterDoesNotSeat_IsNotStated()
    {
        var decisions = new[] { Decision(1, new DateOnly(1940, 3, 2)) };
        var m = Matrix(decisions, ("USA", "Y"), ("RUS", "N"));
        var periods = Periods.Build(m, PeriodKind.All, _ => true);

        var absent = BetweenQuestion.Absent(m, periods[0], [], ["RUS", "USA"], Forum.SecurityCouncil, true, MembershipRegister.Default, StateRegistry.Default);

        Assert.Null(absent);
    }
}
