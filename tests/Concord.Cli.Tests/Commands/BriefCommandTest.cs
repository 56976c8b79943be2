using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>The brief as a user makes it: one self-contained HTML file, or Markdown with PNG charts beside it.</summary>
public sealed class BriefCommandTest : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"concord-brief-{Guid.NewGuid():N}");

    private int Run(params string[] args) =>
        ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, .. args], new StringWriter(), new StringWriter());

    [Fact]
    public void Html_IsSelfContained_AnswersFirst_AndEveryFigureStatesItsData()
    {
        var path = Path.Combine(_dir, "brief.html");
        Assert.Equal(0, Run("brief", "CHN", "RUS", "--out", path));
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        // The answer first: the headline, then the key judgements, then what changed, before any section
        var order = new[] { "class=\"headline\"", ">Key judgements<", ">What changed in the twelve months to ", "id=\"council\"", "id=\"assembly\"", "id=\"method\"" }
            .Select(x => html.IndexOf(x, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("they cast 16 vetoes together, the first in 2007", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://undocs.org/en/S/2019/186\"", html, StringComparison.Ordinal);
        // Charts, the map and its bars, each with a caption stating its data, all scalable
        var figures = CountOf(html, "<figure>");
        Assert.True(figures >= 7, $"{figures} figures");
        Assert.Equal(figures, CountOf(html, "<figcaption>Data"));
        Assert.Equal(figures, Regex.Matches(html, "<svg[^>]*viewBox=").Count);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_WritesThePngChartsBesideIt_AtTwiceTheScreensResolution()
    {
        var path = Path.Combine(_dir, "chn-rus.md");
        Assert.Equal(0, Run("brief", "--format", "md", "--from", "2001", "--to", "2012", "--out", path));
        var md = File.ReadAllText(path);
        Assert.StartsWith("# China and Russia in multilateral forums, 2001–2012", md, StringComparison.Ordinal);
        Assert.Contains("they cast 5 vetoes together, the first in 2007 and the last in 2012", md, StringComparison.Ordinal);
        foreach (var chart in new[] { "sc-agreement", "ga-agreement", "ga-reference", "ga-ideal", "bilateral-events" })
        {
            var png = Path.Combine(_dir, $"chn-rus-{chart}.png");
            Assert.True(File.Exists(png), png);
            var bytes = File.ReadAllBytes(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
            // The IHDR chunk's width, big-endian at byte 16: 1800 pixels for a 900-unit chart.
            Assert.Equal(1800, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
            Assert.Contains($"(chn-rus-{chart}.png)", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheYardsticks_AreTheAgreeQuestionsFigures_ForTheSameYears()
    {
        // Given the brief's Assembly judgement for China and Russia from 2014
        var path = Path.Combine(_dir, "chn-rus-2014.md");
        Assert.Equal(0, Run("brief", "CHN", "RUS", "--from", "2014", "--format", "md", "--out", path));
        var line = File.ReadAllLines(path).First(l => l.StartsWith("- **In the General Assembly,", StringComparison.Ordinal));

        // Then each yardstick pair's percentage is what `agree` gives for that pair over the same years
        foreach (var (a, b, prose) in new[] { ("USA", "GBR", "the United States and the United Kingdom (allies)"), ("FRA", "DEU", "France and Germany (allies)"), ("USA", "RUS", "the United States and Russia (rivals)") })
        {
            var (code, csv, _) = CliRun.OnRealData("agree", a, b, "--from", "2014", "--by", "all", "--metric", "agree", "--format", "csv");
            Assert.Equal(0, code);
            var value = double.Parse(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split(',')[3], CultureInfo.InvariantCulture);
            Assert.Contains(FormattableString.Invariant($"{prose} {Math.Round(value * 100, MidpointRounding.AwayFromZero):0}%"), line, StringComparison.Ordinal);
        }

        // And the median pair is the median of `agree --all` over those years
        var (_, all, _) = CliRun.OnRealData("agree", "--all", "--from", "2014", "--by", "all", "--metric", "agree", "--format", "csv");
        var values = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(c => c[4].Length > 0 && int.Parse(c[3], CultureInfo.InvariantCulture) >= 10)
            .Select(c => double.Parse(c[4], CultureInfo.InvariantCulture)).Order().ToList();
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        Assert.Contains(FormattableString.Invariant($"the median pair of UN members {Math.Round(median * 100, MidpointRounding.AwayFromZero):0}%"), line, StringComparison.Ordinal);
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
