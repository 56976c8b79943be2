using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class MeetingDatesTest
{
    private static CanonicalDecision At(string symbol, string meeting, DateOnly date, SourceId dateSource) => new()
    {
        Forum = Forum.SecurityCouncil,
        Key = "sc:" + symbol,
        Symbol = symbol,
        Meeting = meeting,
        Date = date,
        DateSource = dateSource,
        Sources = { new Provenance(dateSource, dateSource.Label() + ".csv", 3, symbol) },
    };

    [Theory]
    [InlineData("S/PV.7785", 7785)]
    [InlineData("PV.8823", 8823)]
    [InlineData("7785", 7785)]
    [InlineData("S/PV9180", 9180)]
    [InlineData("S/PV.4248 (Resumption 1)", 4248)]
    public void MeetingNumber_EverySpellingOfAMeetingRecord_GivesItsNumber(string meeting, int number) =>
        Assert.Equal(number, MeetingDates.MeetingNumber(meeting));

    [Fact]
    public void Repair_ADraftDatedApartFromItsMeetingBySwappedDayAndMonth_TakesTheMeetingsDate()
    {
        // Given S/2016/846 dated 8 Oct 2016 by a UN source and S/2016/847, same meeting, dated 10 Aug 2016 by the drafts file
        var a = At("S/2016/846", "S/PV.7785", new DateOnly(2016, 10, 8), SourceId.DhlVetoList);
        var b = At("S/2016/847", "S/PV.7785", new DateOnly(2016, 8, 10), SourceId.ScDraftVotes);
        var log = new DisagreementLog();
        var violations = new List<InvariantViolation>();

        // When the meeting dates are repaired
        MeetingDates.Repair([a, b], log, violations);

        // Then S/2016/847 is dated 8 Oct 2016, with a date disagreement and a repaired violation
        Assert.Equal(new DateOnly(2016, 10, 8), b.Date);
        Assert.Equal(new DateOnly(2016, 10, 8), a.Date);
        Assert.Equal("date", Assert.Single(log.Items).Field);
        var v = Assert.Single(violations);
        Assert.Equal((InvariantClass.MeetingDateConflict, ViolationOutcome.Repaired), (v.Class, v.Outcome));
    }

    [Fact]
    public void Repair_ADecisionAloneAtItsMeetingOutOfMeetingOrder_TakesTheSwappedDateThatFits()
    {
        // Given meetings 8699 (2019-12-23) and 8701 (2020-01-13) and 8700 dated 2020-10-01 (swapped 2020-01-10)
        var before = At("S/RES/2505(2019)", "S/PV.8699", new DateOnly(2019, 12, 23), SourceId.UndlWide);
        var alone = At("S/2020/24", "S/PV.8700", new DateOnly(2020, 10, 1), SourceId.ScDraftVotes);
        var after = At("S/RES/2506(2020)", "S/PV.8701", new DateOnly(2020, 1, 13), SourceId.UndlWide);
        var violations = new List<InvariantViolation>();

        MeetingDates.Repair([before, alone, after], new DisagreementLog(), violations);

        Assert.Equal(new DateOnly(2020, 1, 10), alone.Date);
        Assert.Single(violations);
    }

    [Fact]
    public void Repair_AOneDayDifferenceAtOneMeetingNoSourceExplains_IsUnexplainedNotChanged()
    {
        // Given two decisions of one meeting a day apart, and nothing on record that says why
        var a = At("S/RES/1000(1995)", "S/PV.3600", new DateOnly(1995, 11, 30), SourceId.UndlWide);
        var b = At("S/1995/999", "S/PV.3600", new DateOnly(1995, 12, 1), SourceId.ScDraftVotes);
        var violations = new List<InvariantViolation>();

        MeetingDates.Repair([a, b], new DisagreementLog(), violations);

        // Then both dates stay, and the row says it is unexplained rather than guess a sitting past midnight
        Assert.Equal(new DateOnly(1995, 12, 1), b.Date);
        var v = Assert.Single(violations);
        Assert.Equal(ViolationOutcome.Unexplained, v.Outcome);
        Assert.StartsWith("unexplained", v.How, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_AOneDayDifferenceAtAMeetingASourceSaysWasResumed_IsExplainedWithThatSource()
    {
        // Given the DGACM record of the later decision naming the meeting "(Resumption 1)"
        var a = At("S/RES/1000(1995)", "S/PV.3600", new DateOnly(1995, 11, 30), SourceId.UndlWide);
        var b = At("S/RES/1001(1995)", "S/PV.3600 (Resumption 1)", new DateOnly(1995, 12, 1), SourceId.DgacmSc);
        var violations = new List<InvariantViolation>();

        MeetingDates.Repair([a, b], new DisagreementLog(), violations);

        // Then the row is explained by that fact, citing the file it is in
        var v = Assert.Single(violations);
        Assert.Equal(ViolationOutcome.Explained, v.Outcome);
        Assert.Contains("dgacm-sc.csv:3", v.How, StringComparison.Ordinal);
        Assert.Contains("Resumption 1", v.How, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_OneNeighbourWithAWrongMeetingSymbol_DoesNotCostTheRightOneItsMeeting()
    {
        // Given S/RES/2134(2014) at S/PV.7103 (28 Jan 2014) and S/RES/2113(2013) of 30 July 2013 filed there by a typo
        // (7103 for 7013), with S/RES/2112(2013) typed 7102 as well: meetings 7100-7106 are otherwise of January 2014
        List<CanonicalDecision> all =
        [
            At("S/RES/2131(2014)", "S/PV.7100", new DateOnly(2014, 1, 23), SourceId.DgacmSc),
            At("S/RES/2132(2014)", "S/PV.7101", new DateOnly(2014, 1, 24), SourceId.DgacmSc),
            At("S/RES/2112(2013)", "S/PV.7102", new DateOnly(2013, 7, 30), SourceId.DgacmSc),
            At("S/RES/2113(2013)", "S/PV.7103", new DateOnly(2013, 7, 30), SourceId.DgacmSc),
            At("S/RES/2134(2014)", "S/PV.7103", new DateOnly(2014, 1, 28), SourceId.DgacmSc),
            At("S/RES/2135(2014)", "S/PV.7105", new DateOnly(2014, 1, 30), SourceId.DgacmSc),
            At("S/RES/2136(2014)", "S/PV.7106", new DateOnly(2014, 1, 30), SourceId.DgacmSc),
        ];
        var violations = new List<InvariantViolation>();

        // When the meeting dates are repaired
        MeetingDates.Repair(all, new DisagreementLog(), violations);

        // Then the 2013 resolution loses the wrong symbol and S/RES/2134(2014) keeps its meeting
        Assert.Equal("S/PV.7103", all[4].Meeting);
        Assert.Null(all[3].Meeting);
        Assert.DoesNotContain(violations, v => v.Outcome == ViolationOutcome.Explained);
    }

    [Fact]
    public void Repair_VotesByWrittenProcedure_AreOrderedByTheirOwnNumbers()
    {
        // Given the written-procedure votes of July 2020 as the drafts file numbers them, two dated month/day
        List<CanonicalDecision> all =
        [
            At("S/RES/2530(2020)", "V093", new DateOnly(2020, 6, 29), SourceId.DgacmSc),
            At("S/RES/2532(2020)", "V096", new DateOnly(2020, 7, 1), SourceId.DgacmSc),
            At("S/2020/654", "V100", new DateOnly(2020, 7, 7), SourceId.ScDraftVotes),
            At("S/2020/658", "V102", new DateOnly(2020, 8, 7), SourceId.ScDraftVotes),
            At("S/2020/667", "V104", new DateOnly(2020, 9, 7), SourceId.ScDraftVotes),
            At("S/RES/2533(2020)", "V108", new DateOnly(2020, 7, 11), SourceId.DgacmSc),
            At("S/2020/797", "V131", new DateOnly(2020, 8, 14), SourceId.ScDraftVotes),
            At("S/RES/2538(2020)", "V141", new DateOnly(2020, 8, 28), SourceId.DgacmSc),
        ];
        var violations = new List<InvariantViolation>();

        // When the meeting dates are repaired
        MeetingDates.Repair(all, new DisagreementLog(), violations);

        // Then Russia's draft S/2020/658 is dated 8 July 2020 and S/2020/667's failed vote 9 July, the rest unchanged
        Assert.Equal(new DateOnly(2020, 7, 8), all[3].Date);
        Assert.Equal(new DateOnly(2020, 7, 9), all[4].Date);
        Assert.Equal(new DateOnly(2020, 8, 14), all[6].Date);
        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal(ViolationOutcome.Repaired, v.Outcome));
    }

    [Fact]
    public void Repair_AnOutOfOrderDateNoSwapFits_IsLeftAsTheSourceSays()
    {
        var before = At("A", "S/PV.10", new DateOnly(1950, 3, 1), SourceId.UndlWide);
        var odd = At("B", "S/PV.11", new DateOnly(1950, 6, 20), SourceId.UndlWide);
        var after = At("C", "S/PV.12", new DateOnly(1950, 3, 5), SourceId.UndlWide);
        var violations = new List<InvariantViolation>();
        MeetingDates.Repair([before, odd, after], new DisagreementLog(), violations);
        Assert.Equal(new DateOnly(1950, 6, 20), odd.Date);
        Assert.Empty(violations);
    }
}
