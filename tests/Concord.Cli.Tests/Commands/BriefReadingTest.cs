using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Analysis.Agreement;
using Concord.Cli;
using Concord.Domain;
using Concord.Reports.Text;
using Concord.States;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary>The brief read as a policy reader reads it: names a reader uses, proper nouns kept, figures that add up as
/// printed, tables that keep the thresholds the findings state, charts with headings (issue 17).</summary>
public sealed class BriefReadingTest : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"concord-brief-reading-{Guid.NewGuid():N}");

    private static string Markdown(string a, string b) => BriefMarkdown.Of(a, b);

    /// <summary>The first page: from the title to the page break.</summary>
    private static string FirstPage(string md) => md[..md.IndexOf("\n---\n", StringComparison.Ordinal)];

    /// <summary>The key judgements' bullets.</summary>
    private static List<string> Judgements(string md)
    {
        var section = md[(md.IndexOf("## Key judgements", StringComparison.Ordinal) + "## Key judgements".Length)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        return [.. section.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..])];
    }

    /// <summary>The brief's body without tables, image lines and the annex (where commands are given to reproduce figures).</summary>
    private static string Body(string md) =>
        string.Join("\n", md[..md.IndexOf("## Annex", StringComparison.Ordinal)].Split('\n').Where(l => !l.StartsWith('|') && !l.StartsWith("![", StringComparison.Ordinal) && !l.StartsWith("<a id", StringComparison.Ordinal)));

    [Theory]
    [InlineData("CHN", "RUS", "# China and Russia in multilateral forums", "Russia is \"Russian Federation\" in UN records", "Russian Federation")]
    [InlineData("IRN", "SYR", "# Iran and Syria in multilateral forums", "Iran is \"Iran (Islamic Republic of)\" in UN records", "Iran (Islamic Republic of)")]
    public void Issue17_Prose_UsesTheNamesAReaderUses_AndTheUnNameOnce(string a, string b, string title, string note, string unName)
    {
        // Given the brief on a pair
        var md = Markdown(a, b);

        // Then the title and prose use short names, and the UN name (where it differs) appears once, in the first page's note
        Assert.StartsWith(title, md, StringComparison.Ordinal);
        Assert.Contains(note, FirstPage(md), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(Body(md), Regex.Escape(unName)));
    }

    [Fact]
    public void Issue17_IssueAreaNames_KeepTheirProperNouns()
    {
        // Given the issue-area judgement of USA–GBR, whose extremes are areas named after places
        var md = Markdown("USA", "GBR");
        var line = Judgements(md).Single(l => l.StartsWith("**Closest on ", StringComparison.Ordinal));
        var m = Regex.Match(line, @"Closest on (.+?), furthest apart on (.+?)\.\*\*");
        Assert.True(m.Success, line);

        // Then each is an area's name as written in a sentence, and no proper noun is lowered
        var names = IssueSets.All.Select(x => x.Name).ToList();
        foreach (var area in new[] { m.Groups[1].Value, m.Groups[2].Value })
        {
            var name = names.Single(n => string.Equals(n, area, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(IssueAreaProse.InSentence(name), area);
        }

        Assert.DoesNotContain(" on palestin", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" on iran", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" on un ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue17_InSentence_LowersCommonNouns_AndKeepsAcronymsAndPlaces()
    {
        Assert.Equal("human rights", IssueAreaProse.InSentence("Human rights"));
        Assert.Equal("UN budget, membership and procedure", IssueAreaProse.InSentence("UN budget, membership and procedure"));
        Assert.Equal("Palestinian conflict", IssueAreaProse.InSentence("Palestinian conflict"));
        Assert.Equal("Middle East", IssueAreaProse.InSentence("Middle East"));
        Assert.Equal("DPRK (North Korea)", IssueAreaProse.InSentence("DPRK (North Korea)"));
    }

    [Fact]
    public void Issue17_ShortNames_CarryTheArticleInProse_AndAtTheStartOfASentence()
    {
        Assert.Equal("Russia", ReaderNames.InProse(StateRegistry.Default["RUS"]));
        Assert.Equal("the United States", ReaderNames.InProse(StateRegistry.Default["USA"]));
        Assert.Equal("The United Kingdom", ReaderNames.AtStart(StateRegistry.Default["GBR"]));
        Assert.Equal("China", ReaderNames.WithUnName(StateRegistry.Default["CHN"]));
        Assert.Equal("Iran (UN name: Iran (Islamic Republic of))", ReaderNames.WithUnName(StateRegistry.Default["IRN"]));
    }

    [Theory]
    [InlineData("FJI", "TON")]
    [InlineData("CHN", "RUS")]
    public void Issue23_TheAssemblyCaptions_NameTheSessionsTheRecordLacksVotesOf_AsTheControlTotalsDo(string a, string b)
    {
        // Given the sessions whose record falls short of the UN Library's count
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var gaps = ControlTotalTable.Shortfalls(db).Select(g => g.Describe()).ToList();
        Assert.NotEmpty(gaps);

        // Then the brief's agreement caption names each, in a sentence of its own
        var caption = Markdown(a, b).Split('\n').First(l => l.Contains("Data: every recorded General Assembly vote, ", StringComparison.Ordinal));
        Assert.Contains("; the record lacks some votes of ", caption, StringComparison.Ordinal);
        Assert.All(gaps, g => Assert.Contains(g, caption, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CHN", "RUS")]
    [InlineData("USA", "GBR")]
    public void Issue17_TheTrendsDifference_AddsUpAsPrinted(string a, string b)
    {
        var line = Markdown(a, b).Split('\n').First(l => l.StartsWith("They voted alike on ", StringComparison.Ordinal) && l.Contains(" of votes a year in ", StringComparison.Ordinal));
        var m = Regex.Match(line, @"alike on (\d+)% of votes a year in \d{4}–\d{4} and (\d+)% in \d{4}–\d{4} \(([+−])(\d+) points?\)");
        Assert.True(m.Success, line);
        int D(int g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        Assert.Equal(D(2) - D(1), (m.Groups[3].Value == "+" ? 1 : -1) * D(4));
    }

    [Theory]
    [InlineData("CHN", "RUS")]
    [InlineData("USA", "GBR")]
    public void Issue17_TheAreaTable_KeepsTheThresholdItStates(string a, string b)
    {
        // Given the threshold the issue-area table states
        var md = Markdown(a, b);
        var table = md[md.IndexOf("## By issue area", StringComparison.Ordinal)..];
        var threshold = int.Parse(Regex.Match(table, @"Areas with at least (\d+) votes both cast").Groups[1].Value, CultureInfo.InvariantCulture);

        // Then every row of the table has at least that many common votes, and a percentage
        var rows = table.Split('\n').Skip(4).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(int.Parse(r[2], CultureInfo.InvariantCulture) >= threshold, string.Join("|", r)));
        Assert.All(rows, r => Assert.Matches(@"^\d{1,3}%$", r[3]));
    }

    [Fact]
    public void Issue17_EveryMarkdownChart_HasAHeadingAndAltText()
    {
        var lines = Markdown("CHN", "RUS").Split('\n');
        var images = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("![", StringComparison.Ordinal)).ToList();
        Assert.True(images.Count >= 7, $"{images.Count} images");
        Assert.All(images, i =>
        {
            Assert.StartsWith("### ", lines[i - 2], StringComparison.Ordinal);
            Assert.Matches("^!\\[(Chart|Figure): " + Regex.Escape(lines[i - 2][4..]), lines[i]);
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void TheBrief_MapsWhereEveryStateStands_WithItsBarsAndSentence()
    {
        // Given the brief on China and the United States, written as Markdown
        var md = Markdown("CHN", "USA");

        // Then it has the section, the map and the sorted bars, each with its heading and an SVG file beside it
        var heading = Regex.Match(md, @"### Where every state stands between China and the United States, General Assembly (?<year>\d{4})");
        Assert.True(heading.Success, "no map heading");
        foreach (var name in new[] { "between-map", "between-bars" })
        {
            var file = Regex.Match(md, $@"\]\((?<file>[^)]*-{name}\.svg)\)").Groups["file"].Value;
            Assert.NotEmpty(file);
            var svg = File.ReadAllText(Path.Combine(Path.GetDirectoryName(BriefMarkdown.PathOf("CHN", "USA"))!, file));
            Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
            Assert.Contains(name == "between-map" ? "data-code=\"USA\"" : "data-code=\"GBR\"", svg, StringComparison.Ordinal);
        }

        // And the sentence's counts are the between question's for that year
        var year = heading.Groups["year"].Value;
        var (code, csv, _) = CliRun.OnRealData("between", "CHN", "USA", "--year", year, "--format", "csv");
        Assert.Equal(0, code);
        var leans = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[^1]).ToList();
        Assert.Contains(FormattableString.Invariant($"In {year}, {leans.Count(l => l == "a")} of the {leans.Count(l => l is "a" or "b" or "even")} other states"), md, StringComparison.Ordinal);
    }
}
