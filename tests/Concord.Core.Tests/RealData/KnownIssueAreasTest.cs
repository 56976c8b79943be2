using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The issue areas of known resolutions, and the classifier scored against the hand labels and the unvotes codes, on the real record.</summary>
public sealed class KnownIssueAreasTest
{
    private static IReadOnlyList<IssueTable.Reason> Reasons(string symbol)
    {
        var d = RealRecord.Show(symbol);
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return IssueTable.ForDecision(db, d.Decision.Id);
    }

    private static string Areas(string symbol)
    {
        var set = IssueSets.ParseList(string.Join(",", Reasons(symbol).Select(r => r.Area).Distinct()));
        return IssueSets.Codes(set, " ");
    }

    [Theory]
    [InlineData("A/RES/79/291", "")] // World Horse Day: not development for the word "development" elsewhere
    [InlineData("A/RES/79/267", "")] // Education for democracy: neither development nor human rights (standard)
    [InlineData("A/RES/79/52", "arms_control")] // The Arms Trade Treaty
    [InlineData("A/RES/78/15", "arms_control")] // Prohibition of the development and manufacture of new types of WMD
    [InlineData("A/RES/79/185", "human_rights country_human_rights middle_east syria")] // Human rights in Syria: not arms control
    [InlineData("A/RES/79/292", "human_rights sovereignty_intervention territorial_integrity")] // Georgian IDPs: not colonialism or development
    [InlineData("A/RES/79/183", "human_rights country_human_rights middle_east iran")] // Human rights in Iran: in the Middle East
    [InlineData("A/RES/79/4", "nuclear")] // Report of the IAEA: nuclear only
    public void Issue15Examples_AreClassedAsTheStandardSays(string symbol, string expected)
    {
        Assert.Equal(expected, Areas(symbol));
    }

    [Theory]
    [InlineData("A/RES/68/262", "territorial_integrity ukraine")]
    [InlineData("A/RES/ES-11/1", "sovereignty_intervention territorial_integrity ukraine")]
    [InlineData("A/RES/ES-11/3", "human_rights country_human_rights ukraine un_procedure")]
    [InlineData("S/RES/2118(2013)", "arms_control middle_east syria")]
    [InlineData("S/RES/1718(2006)", "nuclear sanctions dprk")]
    [InlineData("A/RES/67/19", "palestine middle_east un_procedure")]
    public void KnownResolutions_AreInTheirAreas(string symbol, string expected)
    {
        var areas = Areas(symbol).Split(' ');

        Assert.All(expected.Split(' '), code => Assert.Contains(code, areas));
    }

    [Fact]
    public void CouncilSyriaResolution_UnderTheMiddleEastAgendaItem_IsNotPalestine()
    {
        // The Council files Syria under "The situation in the Middle East": palestine must not follow the agenda item there.
        Assert.DoesNotContain("palestine", Areas("S/RES/2118(2013)").Split(' '));
    }

    [Fact]
    public void CountrySituations_NameTheTerritoryByCode_AndEveryReasonNamesItsRuleOrImplication()
    {
        var iran = Reasons("A/RES/73/181");
        var crimea = Reasons("A/RES/78/221");
        var israeliPractices = Reasons("A/RES/74/89");

        Assert.Contains(iran, r => r.Area == "country_human_rights" && r.Country == "IRN");
        Assert.Contains(crimea, r => r.Area == "country_human_rights" && r.Country == "UKR");
        Assert.Contains(israeliPractices, r => r.Area == "country_human_rights" && r.Country == "PSE");
        Assert.All(iran.Concat(crimea), r => Assert.Matches(@"^(issue_rules\.csv:\d+|implied-by:[a-z_]+)$", r.Rule));
        Assert.All(iran.Concat(crimea), r => Assert.False(string.IsNullOrWhiteSpace(r.Matched)));
        Assert.Contains(iran, r => r.Area == "middle_east" && r.Rule == "implied-by:iran");
    }

    [Fact]
    public void DevLabels_MicroF1AndEveryAreaWithFiveRows_ReachTheTargets()
    {
        // Given the hand-labelled development set beside the areas the sync gave
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var (items, missing) = IssueTable.AgainstLabels(db, IssueLabelSet.Read(RealDataDatabase.Instance.DataDir));

        // When every area is scored
        var scores = IssueEvaluation.Evaluate(items, [.. IssueSets.All.Select(a => (a.Flag, a.Code))]);
        var micro = IssueEvaluation.Micro(scores);

        // Then every labelled row is in the record, micro-F1 reaches the target and so does every area with at least five rows
        Assert.Empty(missing);
        Assert.Equal(200, items.Count);
        Assert.True(micro.F1 >= 0.90, $"micro F1 {micro.F1:0.000}");
        Assert.All(scores.Where(s => s.Support >= 5), s => Assert.True(s.F1 >= 0.80, $"{s.Area} F1 {s.F1:0.000}"));
    }

    [Fact]
    public void AgainstUnvotesCodes_HeldBackSessions_StayAtTheMeasuredLevels()
    {
        // Given every unvotes roll call with the classifier's areas beside the unvotes codes
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var items = IssueTable.AgainstUnvotes(db);

        // When the held-back sessions 60-74 are scored
        var scores = IssueEvaluation.Evaluate(items, IssueSets.Unvotes, 60, 74).ToDictionary(s => s.Area);

        // Then each area stays at least where it was measured (docs/methods.md: where the unvotes conventions differ
        // from the standard, the standard wins, and the floors below are what that costs), so a worse rule fails here.
        Assert.True(items.Count > 5000, $"only {items.Count} unvotes roll calls to score");
        var floors = new Dictionary<string, double>
        {
            ["palestine"] = 0.89,
            ["nuclear"] = 0.98,
            ["arms_control"] = 0.83,
            // 0.860 since verbatim speech no longer stands as titles and roll calls only unvotes holds were given the
            // kind their words say (docs/methods.md).
            ["human_rights"] = 0.85,
            ["colonialism"] = 0.53,
            ["development"] = 0.56,
        };
        foreach (var (area, floor) in floors)
        {
            Assert.True(scores[area].F1 >= floor, $"{area} F1 {scores[area].F1:0.000} below {floor}");
        }
    }
}
