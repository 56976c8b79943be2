using Concord.Analysis.Agreement;
using Concord.Issues;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The issue areas of known resolutions, and the rules scored against the unvotes codes, on the real record.</summary>
public sealed class KnownIssueAreasTest
{
    private static IReadOnlyList<IssueQuery.Reason> Reasons(string symbol)
    {
        var d = RealRecord.Show(symbol);
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return IssueQuery.ForDecision(db, d.Decision.Id);
    }

    private static HashSet<string> Areas(string symbol) => [.. Reasons(symbol).Select(r => r.Area)];

    [Theory]
    [InlineData("A/RES/68/262", "territory")]
    [InlineData("A/RES/ES-11/1", "force territory")]
    [InlineData("A/RES/73/181", "hr hrc iran")]
    [InlineData("S/RES/2118(2013)", "di syria")]
    [InlineData("S/RES/1718(2006)", "nu sanctions dprk")]
    [InlineData("A/RES/67/19", "me mideast unproc")]
    public void KnownResolutions_AreInTheirAreas(string symbol, string expected)
    {
        var areas = Areas(symbol);

        Assert.All(expected.Split(' '), code => Assert.Contains(code, areas));
    }

    [Fact]
    public void CouncilSyriaResolution_UnderTheMiddleEastAgendaItem_IsNotThePalestinianConflict()
    {
        // The Council files Syria under "The situation in the Middle East"; the Palestinian-conflict area must not follow the agenda item there.
        Assert.DoesNotContain("me", Areas("S/RES/2118(2013)"));
    }

    [Fact]
    public void CountrySituation_NamesTheCountryByCode_AndEveryReasonNamesItsRule()
    {
        var reasons = Reasons("A/RES/73/181");

        Assert.Contains(reasons, r => r.Area == "hrc" && r.Country == "IRN");
        Assert.All(reasons, r => Assert.Matches(@"^issue_rules\.csv:\d+$", r.Rule));
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Matched)));
    }

    [Fact]
    public void RulesAgainstUnvotesCodes_HeldBackSessions_ReachTheMeasuredLevels()
    {
        // Given every unvotes roll call with the rule areas beside the unvotes codes
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var items = IssueQuery.AgainstUnvotes(db);

        // When the held-back sessions 60-74 are scored
        var scores = IssueEvaluation.Evaluate(items, IssueSets.Unvotes, 60, 74).ToDictionary(s => s.Area);

        // Then the areas that met the 0.9 target still do, and the two that did not (co, ec: see docs/methods.md)
        // stay at least where they were measured, so that a rule change that makes things worse fails here.
        Assert.True(items.Count > 6000);
        foreach (var area in new[] { "me", "nu", "di", "hr" })
        {
            Assert.True(scores[area].F1 >= 0.90, $"{area} F1 {scores[area].F1:0.000}");
        }

        Assert.True(scores["co"].F1 >= 0.74, $"co F1 {scores["co"].F1:0.000}");
        Assert.True(scores["ec"].F1 >= 0.83, $"ec F1 {scores["ec"].F1:0.000}");
    }
}
