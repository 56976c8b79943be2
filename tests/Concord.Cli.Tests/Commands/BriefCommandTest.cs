using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Analysis.IdealPoints;
using Concord.Cli;
using Concord.Sources;
using Concord.States;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary>The brief as a user makes it: one self-contained HTML file, or Markdown with PNG charts beside it.</summary>
public sealed class BriefCommandTest : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"concord-brief-{Guid.NewGuid():N}");

    private int Run(params string[] args) =>
        ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, .. args], new StringWriter(), new StringWriter());

    [Fact]
    public void Html_IsSelfContained_WithFindingsTablesAndChartsThatStateTheirMethod()
    {
        var path = Path.Combine(_dir, "brief.html");
        Assert.Equal(0, Run("brief", "CHN", "RUS", "--out", path));
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("cast 16 joint vetoes in <span class=\"nw\">1992–", html, StringComparison.Ordinal);
        Assert.Contains("S/2019/186", html, StringComparison.Ordinal);
        // Five charts: Council agreement, Assembly agreement (with change-point levels), kappa, ideal points, bilateral events
        // Five charts, the map and its sorted bars, each stating its data.
        Assert.Equal(7, CountOf(html, "<svg"));
        Assert.Equal(7, CountOf(html, "<figcaption>Data: "));
        Assert.Contains("Change points: the level of their agreement shifted in", html, StringComparison.Ordinal);
        Assert.Contains("own estimates, aligned to the Bailey–Strezhnev–Voeten scale by one linear map", html, StringComparison.Ordinal);
        Assert.Contains("Regional forums", html, StringComparison.Ordinal);
        Assert.Contains("SCO (since <span class=\"nw\">2001-06-15</span>)", html, StringComparison.Ordinal);
        Assert.Contains("Bilateral ties", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_WritesThePngChartsBesideIt()
    {
        var path = Path.Combine(_dir, "chn-rus.md");
        Assert.Equal(0, Run("brief", "--format", "md", "--from", "2001", "--to", "2012", "--out", path));
        var md = File.ReadAllText(path);
        Assert.StartsWith("# China and Russia in multilateral forums, 2001–2012", md, StringComparison.Ordinal);
        Assert.Contains("cast 5 joint vetoes in 2001–2012", md, StringComparison.Ordinal);
        foreach (var chart in new[] { "sc-agreement", "ga-agreement", "ga-kappa", "ga-ideal", "bilateral-events" })
        {
            var png = Path.Combine(_dir, $"chn-rus-{chart}.png");
            Assert.True(File.Exists(png), png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
            Assert.Contains($"(chn-rus-{chart}.png)", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IdealPointFinding_PrintsConcordsPositions_NamesTheirScale_AndQuotesBsvFromTheirFile()
    {
        // Given the brief's ideal-point finding
        var path = Path.Combine(_dir, "brief.md");
        Assert.Equal(0, Run("brief", "CHN", "RUS", "--format", "md", "--out", path));
        var finding = File.ReadAllLines(path).Single(l => l.StartsWith("- Ideal points (", StringComparison.Ordinal));
        var m = Regex.Match(finding, @"in (\d{4}) China (\S+), Russia (\S+), the United States (\S+) \(BSV's published estimates for (\d{4}): China (\S+), Russia (\S+), the United States (\S+)\)");
        Assert.True(m.Success, finding);
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(m.Groups[1].Value, m.Groups[5].Value);

        // Then it says the positions are Concord's, aligned to BSV's scale, and not BSV's values
        Assert.Contains($"Ideal points ({IdealPointFitter.AlignedScaleInWords}; the United States positive)", finding, StringComparison.Ordinal);

        // And the positions it prints are the fit's
        IdealPointSet set;
        using (var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path))
        {
            set = IdealPointFitter.Get(db, refit: false, out _);
        }

        string Concord(string state) => set.TryGet(state, year, out var p) ? p.Position.ToString("0.00", CultureInfo.InvariantCulture) : "—";
        Assert.Equal([Concord("CHN"), Concord("RUS"), Concord("USA")], [m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value]);

        // And the figures it gives as BSV's are those of BSV's own file for that year
        var published = new IdealPointReferenceReader(StateRegistry.Default).Read(RealDataDatabase.Instance.DataDir, out _)
            .Where(r => r.Year == year).ToDictionary(r => r.State, r => r.IdealPoint.ToString("0.00", CultureInfo.InvariantCulture));
        Assert.Equal([published["CHN"], published["RUS"], published["USA"]], [m.Groups[6].Value, m.Groups[7].Value, m.Groups[8].Value]);
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
