using System.Text.RegularExpressions;
using Concord.Cli;
using Concord.Council;
using Concord.Questions;
using Concord.Reports.Brief;
using Concord.States;

namespace Concord.Tests.Commands;

/// <summary>The brief a minister reads (issue 24), tried on pairs and groups of every kind: the answer first with its
/// yardsticks, no code, path or internal key in the body, sections only where they mean something for the pair, and
/// evidence with clean titles, the kind of each vote and a link to the UN document.</summary>
public sealed partial class BriefAnswerTest : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"concord-brief-answer-{Guid.NewGuid():N}");

    private static string Markdown(params string[] args) => BriefMarkdown.Of(args);

    private static string FirstPage(string md) => md[..md.IndexOf("\n---\n", StringComparison.Ordinal)];

    /// <summary>The body a reader reads: everything before the annex, without image lines and anchors.</summary>
    private static string Body(string md) =>
        string.Join("\n", md[..md.IndexOf("## Annex", StringComparison.Ordinal)].Split('\n').Where(l => !l.StartsWith("![", StringComparison.Ordinal) && !l.StartsWith("<a id", StringComparison.Ordinal)));

    [Theory]
    [InlineData("CHN", "RUS")]
    [InlineData("CHN", "USA")]
    [InlineData("RUS", "IND", "--from", "2014")]
    [InlineData("PRK", "SYR")]
    [InlineData("FJI", "TON")]
    [InlineData("BRA", "ZAF", "--from", "2005", "--to", "2015")]
    [InlineData("IND", "PAK")]
    [InlineData("CHN", "EU")]
    [InlineData("CHN", "SCO")]
    [InlineData("RUS", "BRICS", "--from", "2010")]
    public void TheFirstPage_StatesAVerdict_WithYardsticks_KeyJudgementsLinkedToEvidence_AndWhatChanged(params string[] args)
    {
        var md = Markdown(args);
        var first = FirstPage(md);
        var lines = first.Split('\n');

        // A headline sentence with a percentage and the median yardstick
        var headline = lines.First(l => l.StartsWith("**", StringComparison.Ordinal));
        Assert.Matches(@"voted alike on \d{1,3}% of General Assembly votes", headline);
        Assert.Contains("median", headline, StringComparison.Ordinal);

        // Three to five key judgements, each with a figure and a link to its evidence in the brief
        var judgements = Between(lines, "## Key judgements").ToList();
        Assert.InRange(judgements.Count, 3, 5);
        Assert.All(judgements, j => Assert.Matches(@"\d", j));
        Assert.All(judgements, j => Assert.Matches(@"\]\(<#[a-z]+>\)$", j));
        var anchors = Regex.Matches(first, @"\]\(<#([a-z]+)>\)").Select(m => m.Groups[1].Value).Distinct();
        Assert.All(anchors, a => Assert.Contains($"<a id=\"{a}\"></a>", md, StringComparison.Ordinal));

        // What changed in the last twelve months
        Assert.NotEmpty(Between(lines, "## What changed in the twelve months to "));
    }

    [Theory]
    [InlineData("CHN", "RUS")]
    [InlineData("USA", "GBR")]
    [InlineData("RUS", "IND", "--from", "2014")]
    [InlineData("PRK", "SYR")]
    [InlineData("CHN", "EU")]
    [InlineData("KEN", "NGA")]
    public void TheBody_NamesNoCountryCode_NoPath_AndNoInternalKey(params string[] args)
    {
        var body = Body(Markdown(args));
        var codes = CodeLike().Matches(body).Select(m => m.Value).Where(StateRegistry.Default.IsKnownCode).Distinct().ToList();
        Assert.True(codes.Count == 0, "country codes in the body: " + string.Join(", ", codes));
        foreach (var bad in new[] { "docs/", ".md", "ga:", "unvotes id", "rcid", "concord ", "Voeten's scale", "kappa" })
        {
            Assert.DoesNotContain(bad, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("RUS", "IND", "2014")]
    [InlineData("CHN", "BRA", "2004")]
    [InlineData("USA", "JPN", "1992")]
    public void TheCouncil_OnlyPermanentMembersHaveVetoColumns_AndItsPeriodsFollowTheFrame(string a, string b, string from)
    {
        var md = Markdown(a, b, "--from", from);
        var council = md[md.IndexOf("## Security Council", StringComparison.Ordinal)..];
        council = council[..council.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var head = council.Split('\n').First(l => l.StartsWith("| years", StringComparison.Ordinal));
        var nameB = Concord.Reports.Text.ReaderNames.Label(StateRegistry.Default[b]);
        Assert.DoesNotContain($"{nameB} vetoed", head, StringComparison.Ordinal);
        Assert.DoesNotContain("vetoed together", head, StringComparison.Ordinal);
        Assert.DoesNotContain("### Vetoed together", council, StringComparison.Ordinal);
        var firstYears = council.Split('\n').SkipWhile(l => !l.StartsWith("| years", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => int.Parse(l.Split('|')[1].Trim()[..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(firstYears);
        Assert.All(firstYears, y => Assert.True(y >= int.Parse(from, System.Globalization.CultureInfo.InvariantCulture), $"a period starts in {y}"));
    }

    [Theory]
    [InlineData("FJI", "TON")]
    [InlineData("PRK", "SYR")]
    public void APairThatNeverSatOnTheCouncilTogether_HasNoCouncilSection_AndTheAnnexSaysWhy(string a, string b)
    {
        var md = Markdown(a, b);
        Assert.DoesNotContain("## Security Council", md, StringComparison.Ordinal);
        Assert.DoesNotContain("joint veto", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("They never sat on the Council together in", md[md.IndexOf("## Annex", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceIsNeverOneOfThePair_AndDeclarationsAppearOnlyForForumsBothBelongedTo()
    {
        var md = Markdown("CHN", "USA");
        Assert.Contains("General Assembly: each with Russia, by year", md, StringComparison.Ordinal);
        Assert.DoesNotContain("each with United States", md, StringComparison.Ordinal);
        Assert.Matches("positions of China, United States and Russia on its main divide", md);
        Assert.DoesNotContain("## Summit declarations", md, StringComparison.Ordinal);
        Assert.Contains("Only one of them belongs to", md, StringComparison.Ordinal);

        var (code, _, err) = CliRun.OnRealData("brief", "CHN", "USA", "--reference", "USA", "--out", Path.Combine(_dir, "x.html"));
        Assert.Equal(2, code);
        Assert.Contains("'reference': USA is one of the pair", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CHN", "RUS")]
    [InlineData("CHN", "USA")]
    [InlineData("USA", "ISR", "--from", "2000")]
    [InlineData("CHN", "EU")]
    public void EverySplitListed_HasACleanTitle_ItsKind_AndALinkToTheUnDocument(params string[] args)
    {
        var md = Markdown(args);
        var splits = md[md.IndexOf("## Where they split", StringComparison.Ordinal)..];
        splits = splits[..splits.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var rows = splits.Split('\n').Where(l => l.StartsWith("| 1", StringComparison.Ordinal) || l.StartsWith("| 2", StringComparison.Ordinal)).Select(l => l.Split(" | ")).ToList();
        Assert.NotEmpty(rows);
        string[] kinds = ["resolution", "draft, not adopted", "amendment", "paragraph", "procedure", "part of a resolution", "decision"];
        Assert.All(rows, r =>
        {
            Assert.Matches(@"^\[[AS]/[^\]]+\]\(<https://undocs\.org/en/[AS]/", r[1]);
            Assert.Contains(r[2], kinds);
            Assert.DoesNotMatch(@"\[\.\.\.\]|recorded vote has been requested|: resolution /|^$", r[3]);
        });
    }

    [Fact]
    public void TheJointVetoes_AreTheVetoQuestionsList()
    {
        var md = Markdown("CHN", "RUS", "--from", "2001", "--to", "2012");
        using var source = new LoadedRecord(Concord.Store.ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));
        var joint = VetoFilter.List(source.Council(true), ["CHN", "RUS"], joint: true, 2001, 2012, null);
        Assert.Equal(5, joint.Count);
        Assert.All(joint, d => Assert.Contains($"[{d.Draft}](<https://undocs.org/en/{d.Draft}>)", md, StringComparison.Ordinal));
    }

    /// <summary>A state that joined, or a group that first took a position, after the frame opened: the Assembly's
    /// figures say the years they cover (those in which the pair shared a recorded vote, as <c>agree --by year</c>
    /// gives them), not the frame's.</summary>
    [Theory]
    [InlineData("MLT", "BRICS")]
    [InlineData("SSD", "USA")]
    [InlineData("CHN", "SCO")]
    [InlineData("CHN", "RUS")]
    public void TheAssemblyFigures_NameTheYearsThePairSharedVotes(string a, string b)
    {
        var (code, csv, _) = CliRun.OnRealData("agree", a, b, "--by", "year", "--from", BriefRequest.DefaultFrom.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "csv");
        Assert.Equal(0, code);
        var shared = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .Where(f => int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture) > 0).Select(f => f[0]).ToList();
        var span = $"{shared[0]}–{shared[^1]}";
        var md = Markdown(a, b);
        var headline = FirstPage(md).Split('\n').First(l => l.StartsWith("**", StringComparison.Ordinal));
        Assert.Contains($"of General Assembly votes in {span}", headline, StringComparison.Ordinal);
        Assert.Contains($"recorded votes they both cast in {span}", md, StringComparison.Ordinal);
        Assert.Matches($@"They voted differently on [\d,]+ recorded votes in {span}:", md);
    }

    [Theory]
    [InlineData("SSD", "2005", "South Sudan cast no recorded General Assembly vote in 1992–2005; its votes on record run from 2011")]
    [InlineData("DDR", "2026", "German Democratic Republic cast no recorded General Assembly vote in 1992–2026; its votes on record run from 1973 to 1989")]
    public void AStateOutsideTheUnForTheWholeFrame_IsAnsweredWithWhatIsTrue(string state, string to, string message)
    {
        var (code, _, err) = CliRun.OnRealData("brief", state, "USA", "--to", to, "--out", Path.Combine(_dir, "x.html"));
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Between(string[] lines, string heading) =>
        lines.SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).Skip(1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal));

    [GeneratedRegex(@"\b[A-Z]{3}\b")]
    private static partial Regex CodeLike();

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
