using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Invariants;

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
    public void Repair_AOneDayDifferenceAtOneMeeting_IsExplainedNotChanged()
    {
        // A meeting past midnight: two decisions a day apart
        var a = At("S/RES/1000(1995)", "S/PV.3600", new DateOnly(1995, 11, 30), SourceId.UndlWide);
        var b = At("S/1995/999", "S/PV.3600", new DateOnly(1995, 12, 1), SourceId.ScDraftVotes);
        var violations = new List<InvariantViolation>();

        MeetingDates.Repair([a, b], new DisagreementLog(), violations);

        Assert.Equal(new DateOnly(1995, 12, 1), b.Date);
        Assert.Equal(ViolationOutcome.Explained, Assert.Single(violations).Outcome);
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
