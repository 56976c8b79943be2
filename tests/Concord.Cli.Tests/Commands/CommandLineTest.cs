using System.Text.Json;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>The commands as a user runs them, against the database built from the real data.</summary>
public sealed class CommandLineTest
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.OnRealData(args);

    [Fact]
    public void Show_Csv_ListsEveryMembersVote()
    {
        // Given the Ukraine territorial-integrity resolution, When shown as CSV, Then one line per member with Russia No and China Abstain
        var (code, output, _) = Run("show", "A/RES/68/262", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("state,name,vote,source,line", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("RUS,Russian Federation,no,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("CHN,China,abstain,", StringComparison.Ordinal));
        Assert.Equal(100 + 11 + 58 + 24, lines.Length - 1);
    }

    [Fact]
    public void Show_Json_CarriesTheDecisionFacts()
    {
        var (code, output, _) = Run("show", "S/RES/2448(2018)", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("13-0-2", json.RootElement.GetProperty("tally").GetString());
        Assert.Equal("2018-12-13", json.RootElement.GetProperty("date").GetString());
        var abstainers = json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("vote").GetString() == "abstain").Select(r => r.GetProperty("state").GetString()).Order().ToList();
        Assert.Equal(["CHN", "RUS"], abstainers);
    }

    [Fact]
    public void Show_Table_PrintsTitleAndTally()
    {
        var (code, output, _) = Run("show", "S/2019/186");
        Assert.Equal(0, code);
        Assert.Contains("vetoed", output, StringComparison.Ordinal);
        Assert.Contains("CHN, RUS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownSymbol_IsAClearError()
    {
        var (code, output, err) = Run("show", "A/RES/99/999");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("No decision with symbol 'A/RES/99/999'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Issues_Evaluate_ScoresEveryAreaAgainstTheHandLabels_FromTheDataFolder()
    {
        // --evaluate is the command line's own: the hand labels are read from the data folder
        var (code, output, err) = Run("--data", RealDataDatabase.Instance.DataDir, "issues", "--evaluate", "--format", "csv");

        Assert.True(code == 0, err);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var dev = rows.Where(r => r[0] == "dev labels").Select(r => r[2]).ToList();
        Assert.Equal(Concord.Domain.IssueSets.All.Length + 1, dev.Count);
        Assert.All(rows.Where(r => r[3].Length > 0), r => Assert.InRange(double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
    }

    [Fact]
    public void Issues_ListsEveryArea_WithItsDecisions()
    {
        var (code, output, _) = Run("issues", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Concord.Domain.IssueSets.All.Select(x => x.Code), rows.Select(r => r.GetProperty("area").GetString()));
        Assert.True(rows.Single(r => r.GetProperty("area").GetString() == "ukraine").GetProperty("ga_decisions").GetInt32() > 0);
    }

    [Fact]
    public void Status_Json_ReportsCoverageOfBothForums()
    {
        var (code, output, _) = Run("data", "status", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("S/RES/1 to S/RES/2825 (2,825 numbers)", json.RootElement.GetProperty("sc_resolutions").GetString());
        var ga = json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("forum").GetString() == "ga");
        Assert.StartsWith("1946-", ga.GetProperty("first").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2026-", ga.GetProperty("last").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_Csv_OneRowPerYear_WithNotesOnStderr()
    {
        var (code, output, _) = Run("agree", "CHN", "RUS", "--from", "2010", "--to", "2012", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,n,agreement,identical,s_abs,s_sq,kappa,kappa_nominal,pi,pi_nominal,coincidence,same,opposite,partial,kappa_meaningful,b_votes_of", lines[0]);
        Assert.Equal(["2010", "2011", "2012"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.InRange(double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture), 0.7, 1.0));
    }

    [Fact]
    public void Agree_JoinedSeat_EachRowNamesWhoseVotesItCounts()
    {
        // Russia joined with the USSR: a CSV row must say so itself, not only the table's header
        var (code, output, _) = Run("agree", "CHN", "RUS", "--from", "1990", "--to", "1992", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",b_votes_of", lines[0], StringComparison.Ordinal);
        // The Assembly's last 1991 votes came before 24 December: 1991 is the USSR's alone
        Assert.Equal(["SUN", "SUN", "RUS"], lines.Skip(1).Select(l => l.Split(',')[^1]));
    }

    [Fact]
    public void Agree_UnknownState_ListsTheClosestNames()
    {
        var (code, _, err) = Run("agree", "CHN", "Rusia");
        Assert.Equal(2, code);
        Assert.Contains("Unknown state 'Rusia' in 'b'", err, StringComparison.Ordinal);
        Assert.Contains("RUS", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_BadYears_AreRefused()
    {
        var (code, _, err) = Run("agree", "CHN", "RUS", "--from", "2015", "--to", "2010");
        Assert.Equal(2, code);
        Assert.Contains("'from' (2015) is after 'to' (2010)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ListsDateDisagreements_WithFileAndLine()
    {
        var (code, output, _) = Run("data", "check", "--field", "date", "--limit", "3", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Matches(@",date,,unvotes,\d{4}-\d\d-\d\d,ga/unvotes_cran_0\.3\.0/un_roll_calls\.csv:\d+,undl-wide,", lines[1]);
    }

    [Fact]
    public void CheckTotals_ListsTheSessionsThatDifferFromTheUnsCount_EachWithItsExplanation_AndStatusSummarisesThem()
    {
        // When the control totals are asked, only the differing sessions, then every session
        var (code, output, _) = Run("data", "check", "--totals", "--format", "csv");
        var (allCode, all, _) = Run("data", "check", "--totals", "--all", "--format", "csv");

        // Then each differing row names the UN's count, the record's and why they differ, citing the count's line
        Assert.Equal((0, 0), (code, allCode));
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(r => r.StartsWith("ga,", StringComparison.Ordinal)).ToList();
        Assert.InRange(rows.Count, 1, 5);
        Assert.All(rows, r => Assert.Matches(@"^ga,[^,]+,adopted resolutions with a recorded vote,\d+,\d+,\d+,\d+,-?\d+,""?\d+ (missing|more): .*reference/undl_ga_v5/session_counts\.csv:\d+$", r));
        Assert.True(all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 98);

        // And data status says how many sessions are equal
        var (_, status, _) = Run("data", "status");
        Assert.Matches(@"ga_control_totals:\s+9\d of 98 sessions hold as many adopted resolutions with a recorded vote as the UN Library counts", status);
        Assert.Matches(@"sc_control_totals:\s+resolutions as the UN numbers them in (\d+) of \1 years", status);
    }

    [Fact]
    public void AnyCommand_WithoutDataOrDatabase_SaysWhereItLooked()
    {
        // Given no database and a data folder that does not exist
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var db = Path.Combine(Path.GetTempPath(), $"concord-none-{Guid.NewGuid():N}.duckdb");
        var missing = Path.Combine(Path.GetTempPath(), $"concord-nodata-{Guid.NewGuid():N}");

        // When a newcomer asks for a decision
        var code = ConcordApp.Run(["--db", db, "--data", missing, "show", "A/RES/68/262"], stdout, stderr);

        // Then a message names the place looked at and how to get the data, and no stack trace
        Assert.Equal(2, code);
        Assert.Contains(missing, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("concord data sync --from URL", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Brief_OfAStateWithItself_IsRefused_AsTheApiRefusesIt()
    {
        // China "cast 16 joint vetoes" with itself was once written: a brief needs two different states
        var (code, _, err) = Run("brief", "CHN", "China", "--out", Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.html"));
        Assert.Equal(2, code);
        Assert.Equal("error: 'a' and 'b' are the same state (CHN): give two different states.", err.TrimEnd());
    }
}
