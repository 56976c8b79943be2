using System.Text.Json;
using Concord.Cli;
using Concord.Domain;

namespace Concord.Tests.Commands;

/// <summary>Data text is escaped for where it lands (issue 28): a hostile event name synced from a user's folder reaches
/// neither the terminal as a control sequence nor the Markdown brief as markup, and `data check` counts what sync removed.</summary>
public sealed class HostileTextTest : IDisposable
{
    private const string Hostile = "Drill \u001b[31mRED\u0007 <script>alert(1)</script> [l](javascript:alert(1)) ![x](http://evil.example/x.png)";

    private readonly string _work = Directory.CreateTempSubdirectory("concord-hostile").FullName;

    [Fact]
    public void AHostileEventName_IsCleanedAtSync_AndEscapedInTheTerminalAndTheBrief()
    {
        // Given a user's events folder with a hostile name, synced into a database of its own
        var db = Path.Combine(_work, "concord.duckdb");
        var events = Path.Combine(_work, "events");
        Directory.CreateDirectory(events);
        File.WriteAllText(Path.Combine(events, "events.csv"),
            "id,kind,name,series,start,end,participants,place,note,source_publisher,source_title,source_date,source_url\n" +
            $"u-hostile,meeting,\"{Hostile}\",,2026-03-01,,CHN RUS,,,Publisher,Title,2026-03-02,https://example.org/x\n");
        var err = new StringWriter();
        Assert.True(ConcordApp.Run(["--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync", "--events", events], new StringWriter(), err) == 0, err.ToString());

        string Run(params string[] args)
        {
            var (o, e) = (new StringWriter(), new StringWriter());
            Assert.True(ConcordApp.Run(["--db", db, .. args], o, e) == 0, e.ToString());
            return o.ToString();
        }

        // Then no output for a terminal or a pipe carries a control character
        foreach (var output in new[] { Run("events", "--between", "CHN,RUS", "--from", "2026"), Run("events", "--between", "CHN,RUS", "--from", "2026", "--format", "csv") })
        {
            Assert.Contains("Drill [31mRED", output, StringComparison.Ordinal);
            Assert.False(DataText.HasControl(output.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)), "a control character reached the output");
        }

        // And `data check` counts the field sync cleaned, one more than in the record without it
        int before;
        using (var real = Concord.Store.ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path))
        {
            before = int.Parse(real.MetaValue("text_fields_with_control_characters")!, System.Globalization.CultureInfo.InvariantCulture);
        }

        using (var check = JsonDocument.Parse(Run("data", "check", "--format", "json")))
        {
            Assert.Equal(before + 1, check.RootElement.GetProperty("text_fields_with_control_characters").GetInt32());
        }

        // And the Markdown brief carries the name as text, not markup
        var md = Path.Combine(_work, "brief.md");
        Run("brief", "CHN", "RUS", "--from", "2025", "--format", "md", "--out", md);
        var text = File.ReadAllText(md);
        Assert.Contains("Drill", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", text);
        Assert.DoesNotMatch(@"(?<!\\)!\[x", text);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
