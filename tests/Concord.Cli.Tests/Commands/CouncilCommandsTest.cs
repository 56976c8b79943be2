using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>The Council commands as a user runs them, on the real record.</summary>
public sealed class CouncilCommandsTest
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.OnRealData(args);

    [Fact]
    public void Vetoes_JointChinaRussia_ListsEachDraftWithTheOtherPermanentMembersVotes()
    {
        var (code, output, err) = Run("vetoes", "--by", "CHN,RUS", "--joint", "--to", "2022", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,draft,meeting,topic,vetoed_by,counted_as,tally,permanent_members,agenda_item", lines[0]);
        Assert.Equal(15, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2019-02-28,S/2019/186,S/PV.8476,Venezuela,CHN RUS,CHN RUS,9-3-3,", StringComparison.Ordinal));
        Assert.Contains("note: Vetoes 1946 to 2022", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Vetoes_OfTheUssr_SayInTheRowThatTheyCountUnderRussiasSeat()
    {
        // A CSV loses the table's header: the row itself names the state that cast the veto and the seat it counts under
        var (code, output, _) = Run("vetoes", "--from", "1946", "--to", "1946", "--format", "csv");
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r[4].Replace("SUN", "RUS", StringComparison.Ordinal), r[5]));
        Assert.All(rows, r => Assert.Contains("SUN", r[4], StringComparison.Ordinal));
        var (_, apart, _) = Run("vetoes", "--from", "1946", "--to", "1946", "--no-predecessors", "--format", "csv");
        Assert.All(apart.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')), r => Assert.Equal(r[4], r[5]));
    }

    [Fact]
    public void Sc_VetoesWithoutMemberVotes_AreShownAsUnknown_NeverAsZero()
    {
        var (code, output, _) = Run("sc", "CHN", "RUS", "--format", "csv");
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        var col = Array.IndexOf(header, "b_vetoed_a_yes");
        var cold = rows.Single(r => r.StartsWith("1972,1991,", StringComparison.Ordinal));
        Assert.StartsWith("unknown (", cold.Split(',')[col], StringComparison.Ordinal);
        Assert.Contains("vetoes without member votes on record", cold, StringComparison.Ordinal);
    }

    [Fact]
    public void Vetoes_IssueArea_AgreesWithTheTopicRules_OnSyria()
    {
        // Two independent rule sets (the Council topics and the issue areas) must find the same joint vetoes on Syria
        var (_, byIssue, _) = Run("vetoes", "--by", "CHN,RUS", "--joint", "--issue", "syria", "--format", "csv");
        var (_, byTopic, _) = Run("vetoes", "--by", "CHN,RUS", "--joint", "--topic", "Syria", "--format", "csv");
        static string[] Drafts(string csv) => [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Order(StringComparer.Ordinal)];

        Assert.Equal(10, Drafts(byIssue).Length);
        Assert.Equal(Drafts(byTopic), Drafts(byIssue));
    }

    [Fact]
    public void Sc_Issue_KeepsOnlyTheAreasDecisions()
    {
        var (_, all, _) = Run("sc", "CHN", "RUS", "--format", "json");
        var (code, sanctions, _) = Run("sc", "CHN", "RUS", "--issue", "sanctions", "--format", "json");
        Assert.Equal(0, code);
        static long Decisions(string json) => JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("decisions").GetInt64());

        Assert.InRange(Decisions(sanctions), 1, Decisions(all) - 1);
    }

    [Fact]
    public void Sc_Json_CountsByThePeriodsOfTheSeeds()
    {
        var (code, output, _) = Run("sc", "CHN", "RUS", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([1946, 1972, 1992, 2001, 2013, 2022], rows.Select(r => r.GetProperty("first_year").GetInt32()));
        Assert.Equal([1971, 1991, 2000, 2012, 2021], rows.Take(5).Select(r => r.GetProperty("last_year").GetInt32()));
        Assert.Equal(5, rows[3].GetProperty("joint_veto").GetInt32());
    }

    [Fact]
    public void Sc_List_ShowsTheEvidenceBehindACount()
    {
        var (code, output, _) = Run("sc", "RUS", "CHN", "--list", "a-vetoed-b-abstained", "--from", "2022", "--to", "2022", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("S/2022/720", output, StringComparison.Ordinal);
        Assert.Contains(",no,abstain,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MembersSc_2019_ListsFifteen()
    {
        var (code, output, _) = Run("members", "sc", "--year", "2019", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2019,CHN,China,permanent,", StringComparison.Ordinal));
    }

    [Fact]
    public void Vetoes_UnknownMember_IsAClearError()
    {
        var (code, _, err) = Run("vetoes", "--by", "Chnia");
        Assert.Equal(2, code);
        Assert.Contains("Unknown state 'Chnia' in 'by'. Closest known: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sc_TheSameStateTwice_IsRefused_AsAgreeRefusesIt()
    {
        var (code, output, err) = Run("sc", "CHN", "China");
        var (_, _, agreeErr) = Run("agree", "CHN", "China");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("'a' and 'b' are the same state (CHN)", err, StringComparison.Ordinal);
        Assert.Equal(agreeErr, err);
    }

    [Theory]
    [InlineData("year", "year")]
    [InlineData("topic", "topic")]
    public void Sc_By_NamesTheGroupColumnForWhatItHolds(string by, string column)
    {
        var (code, output, _) = Run("sc", "CHN", "RUS", "--by", by, "--format", "json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;

        Assert.Equal(column, (string?)json["columns"]![0]);
        Assert.DoesNotContain("period", json["columns"]!.AsArray().Select(c => (string?)c));
        var first = json["rows"]![0]![column]!;
        Assert.Equal(by == "year" ? System.Text.Json.JsonValueKind.Number : System.Text.Json.JsonValueKind.String, first.GetValueKind());
    }

    [Fact]
    public void Sc_CountsThatCannotBeKnown_AreNullInJson_WithTheNumberInDoubt()
    {
        // Given the Soviet vetoes of 1972-1991, with China's vote on none of them on record
        var (_, output, _) = Run("sc", "CHN", "RUS", "--format", "json");
        var cold = JsonNode.Parse(output)!["rows"]!.AsArray().Single(r => (int)r!["first_year"]! == 1972)!;

        Assert.Null(cold["b_vetoed_a_abstained"]);
        Assert.Null(cold["b_vetoed_a_yes"]);
        Assert.InRange((int)cold["b_vetoed_a_vote_unknown"]!, 1, 1000);
        // And the same counts in the table read 'unknown (n vetoes ...)' with that number
        var (_, table, _) = Run("sc", "CHN", "RUS", "--format", "csv");
        Assert.Contains($"unknown ({(int)cold["b_vetoed_a_vote_unknown"]!} vetoes without member votes on record)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Sc_List_NamesItsGroupColumnsAsTheCountsDo()
    {
        var (code, output, _) = Run("sc", "CHN", "RUS", "--list", "joint-veto", "--by", "year", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("year,date,symbol,outcome,topic,tally,vote_a,vote_b,vetoed_by,counted_as,agenda_item", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Equal(l.Split(',')[0], l.Split(',')[1][..4]));
    }
}
