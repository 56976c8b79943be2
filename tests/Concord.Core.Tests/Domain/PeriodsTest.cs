using Concord.Analysis.Agreement;
using Concord.Domain;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Domain;

public class PeriodsTest
{
    /// <summary>One state voting yes on each decision (periods depend on the decisions only).</summary>
    private static VoteMatrix OneState(params MatrixDecision[] decisions) => Matrix(decisions, ("AAA", new string('Y', decisions.Length)));

    /// <summary>Each period as its label and its columns written "0 1 2".</summary>
    private static (string Label, string Columns)[] Build(VoteMatrix m, PeriodKind kind, int? from = null, int? to = null, Func<MatrixDecision, bool>? include = null) =>
        [.. Periods.Build(m, kind, include ?? (_ => true), from, to).Select(p => (p.Label, string.Join(' ', p.Columns)))];

    [Fact]
    public void Session_GroupsByTheDecisionsSession_NotByItsYear_InNumericOrder()
    {
        // Given decisions of session 9 (Dec 1954, Mar 1955), session 10 (Oct 1955) and session 68 in 2014 (an emergency
        // session vote already counted in the regular session running at the time)
        var m = OneState(
            Decision(1, new DateOnly(1954, 12, 1), session: 9),
            Decision(2, new DateOnly(1955, 3, 1), session: 9),
            Decision(3, new DateOnly(1955, 10, 1), session: 10),
            Decision(4, new DateOnly(2014, 3, 27), session: 68));

        // When they are grouped by session and by year
        var sessions = Build(m, PeriodKind.Session);
        var years = Build(m, PeriodKind.Year);

        // Then sessions follow MatrixDecision.Session, 9 before 10 (by number, not text), while 1955 is split by session
        Assert.Equal(["9", "10", "68"], sessions.Select(s => s.Label));
        Assert.Equal(("9", "0 1"), sessions[0]);
        Assert.Equal(("10", "2"), sessions[1]);
        Assert.Equal(("68", "3"), sessions[2]);
        Assert.Equal([("1954", "0"), ("1955", "1 2"), ("2014", "3")], years);
    }

    [Fact]
    public void Decade_LabelsDecadesLike1990s()
    {
        // Given decisions in 1989, 1990, 1999 and 2000
        var m = OneState(
            Decision(1, new DateOnly(1989, 12, 31)),
            Decision(2, new DateOnly(1990, 1, 1)),
            Decision(3, new DateOnly(1999, 12, 31)),
            Decision(4, new DateOnly(2000, 1, 1)));

        // When they are grouped by decade
        var decades = Build(m, PeriodKind.Decade);

        // Then 1989 is in the 1980s, 1990 and 1999 in the 1990s, 2000 in the 2000s
        Assert.Equal([("1980s", "0"), ("1990s", "1 2"), ("2000s", "3")], decades);
    }

    [Fact]
    public void Issue_PutsADecisionWithTwoIssuesInBoth_AndOneWithNoneInNeither()
    {
        // Given a human-rights decision, a decision on Palestine and human rights, one with no issue
        // and one on economic development
        var m = OneState(
            Decision(1, new DateOnly(2000, 1, 1), issues: IssueSet.HumanRights),
            Decision(2, new DateOnly(2000, 1, 2), issues: IssueSet.Palestine | IssueSet.HumanRights),
            Decision(3, new DateOnly(2000, 1, 3)),
            Decision(4, new DateOnly(2000, 1, 4), issues: IssueSet.Development));

        // When they are grouped by issue
        var issues = Build(m, PeriodKind.Issue);

        // Then the two-issue decision is in "palestine" and "human_rights", areas come in the order of the issue list, and 3 is nowhere
        Assert.Equal([("human_rights", "0 1"), ("palestine", "1"), ("development", "3")], issues);
    }

    [Fact]
    public void FromAndTo_FilterByCalendarYear_WhateverTheGrouping()
    {
        // Given decisions in 1989, 1990, 1995, 1999 and 2000, the 1990 one in session 44 and the 1995 one in session 50
        var m = OneState(
            Decision(1, new DateOnly(1989, 6, 1), session: 43),
            Decision(2, new DateOnly(1990, 6, 1), session: 44),
            Decision(3, new DateOnly(1995, 6, 1), session: 49),
            Decision(4, new DateOnly(1999, 12, 31), session: 54),
            Decision(5, new DateOnly(2000, 1, 1), session: 54));

        // When they are limited to 1990–1999, by year, by session and as one period
        var years = Build(m, PeriodKind.Year, 1990, 1999);
        var sessions = Build(m, PeriodKind.Session, 1990, 1999);
        var all = Build(m, PeriodKind.All, 1990, 1999);

        // Then the bounds are inclusive and by calendar year: session 54 keeps only its 1999 decision
        Assert.Equal([("1990", "1"), ("1995", "2"), ("1999", "3")], years);
        Assert.Equal([("44", "1"), ("49", "2"), ("54", "3")], sessions);
        Assert.Equal([("1990-1999", "1 2 3")], all);

        // And an open bound is labelled first or last
        Assert.Equal([("1995-last", "2 3 4")], Build(m, PeriodKind.All, from: 1995));
        Assert.Equal([("first-1989", "0")], Build(m, PeriodKind.All, to: 1989));
        Assert.Equal([("first-last", "0 1 2 3 4")], Build(m, PeriodKind.All));
    }

    [Fact]
    public void Include_LeavesOutTheDecisionsItRejects_AndPeriodsLeftEmptyVanish()
    {
        // Given decisions in 2001 and 2002
        var m = OneState(
            Decision(1, new DateOnly(2001, 1, 1)),
            Decision(2, new DateOnly(2002, 1, 1)),
            Decision(3, new DateOnly(2002, 2, 1)));

        // When only decisions with an odd id are included
        var years = Build(m, PeriodKind.Year, include: d => d.DecisionId % 2 == 1);

        // Then 2002 keeps only decision 3 and nothing else changes
        Assert.Equal([("2001", "0"), ("2002", "2")], years);

        // And with nothing included there are no periods at all
        Assert.Empty(Build(m, PeriodKind.Year, include: _ => false));
    }
}
