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
        Assert.All(rows, r => Assert.NotEqual(r.GetProperty("CHN").GetString(), r.GetProperty("RUS").GetString()));
    }

    [Fact]
    public void Diverge_Explain_HasOneRowPerIssueArea()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "diverge", "CHN", "RUS", "--explain", "--format", "csv"], stdout, new StringWriter()));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("issue,common_votes,agreement,splits,opposite,most_with_CHN,most_with_RUS", lines[0]);
        Assert.Equal(["all", .. Concord.Analysis.Agreement.IssueSets.All.Select(x => x.Code)], lines.Skip(1).Select(l => l.Split(',')[0]));
    }
}
