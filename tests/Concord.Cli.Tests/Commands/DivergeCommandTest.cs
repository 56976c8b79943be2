using System.Text.Json;
using Concord.Cli;

namespace Concord.Tests.Commands;

public sealed class DivergeCommandTest
{
    [Fact]
    public void Diverge_Json_ListsRankedSplits_OppositeFirst()
    {
        var stdout = new StringWriter();
        var code = ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "diverge", "CHN", "RUS", "--from", "2014", "--top", "40", "--format", "json"], stdout, new StringWriter());
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(40, rows.Count);
        var splits = rows.Select(r => r.GetProperty("split").GetString()).ToList();
        // Opposite votes are all listed before any split where one abstained
        Assert.True(splits.IndexOf("one abstained") < 0 || splits.LastIndexOf("opposite") < splits.IndexOf("one abstained"));
        Assert.All(rows, r => Assert.NotEqual(r.GetProperty("vote_a").GetString(), r.GetProperty("vote_b").GetString()));
    }

    [Fact]
    public void Diverge_NamesEverySplitByItsUnSymbolOrHonestly_WithItsKind_AndEveryNameOpensInShow()
    {
        // Given the thousand most contested splits of China (the Republic of China before 1971) and the United States, 1946-1990
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "diverge", "CHN", "USA", "--to", "1990", "--top", "1000", "--format", "json"], stdout, new StringWriter()));
        using var json = JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();

        // Then no split is named by an internal key, each says what was voted, and the roll calls without a UN symbol
        // are named as such, and that name finds the decision
        var names = rows.Select(r => r.GetProperty("symbol").GetString()!).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("ga:", StringComparison.Ordinal) || n.Contains("rcid", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("kind").GetString())));
        var rollCall = names.First(n => n.StartsWith("roll call ", StringComparison.Ordinal));
        Assert.Matches(@"^roll call \d+ of session \d+ \(unvotes id\)$", rollCall);
        var show = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "show", rollCall, "--format", "csv"], show, new StringWriter()));
    }

    [Fact]
    public void Diverge_Explain_HasOneRowPerIssueArea()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "diverge", "CHN", "RUS", "--explain", "--format", "csv"], stdout, new StringWriter()));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("issue,common_votes,agreement,splits,opposite,most_with_a,most_with_b", lines[0]);
        Assert.Equal(["all", .. Concord.Domain.IssueSets.All.Select(x => x.Code)], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Diverge_TerritorialIntegrity_ListsTheUkraineResolutions_RussiaNoChinaAbstain()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "diverge", "CHN", "RUS", "--issue", "territorial_integrity", "--top", "200", "--format", "json"], stdout, new StringWriter()));
        using var json = JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        foreach (var symbol in new[] { "A/RES/68/262", "A/RES/ES-11/1" })
        {
            var row = Assert.Single(rows, r => r.GetProperty("symbol").GetString() == symbol);
            Assert.Equal(("abstain", "no"), (row.GetProperty("vote_a").GetString(), row.GetProperty("vote_b").GetString()));
            Assert.Contains("territorial_integrity", row.GetProperty("issues").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diverge_Explain_NamesWhereAgreementIsHighestAndLowest()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "diverge", "CHN", "RUS", "--explain", "--format", "json"], stdout, new StringWriter()));
        using var json = JsonDocument.Parse(stdout.ToString());
        var highest = json.RootElement.GetProperty("highest_agreement").GetString()!;
        var lowest = json.RootElement.GetProperty("lowest_agreement").GetString()!;

        // The first area named is the table's highest (lowest) agreement among areas with at least 30 common votes
        var rows = json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("issue").GetString() != "all" && r.GetProperty("common_votes").GetInt64() >= 30 && r.GetProperty("agreement").ValueKind == JsonValueKind.Number)
            .Select(r => (Issue: r.GetProperty("issue").GetString()!, Agreement: r.GetProperty("agreement").GetDouble()))
            .ToList();
        Assert.StartsWith(rows.MaxBy(r => r.Agreement).Issue + " ", highest, StringComparison.Ordinal);
        Assert.StartsWith(rows.MinBy(r => r.Agreement).Issue + " ", lowest, StringComparison.Ordinal);
    }
}
