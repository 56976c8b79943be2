using System.Text.RegularExpressions;
using Concord.Questions;
using Concord.Questions.Agreement;
using Concord.Reports.Map;
using Concord.Store;

namespace Concord.Tests.Reports.Map;

/// <summary>The map of where every state stands between two, drawn from the between question on the real record.</summary>
public sealed partial class BetweenMapTest : IDisposable
{
    private readonly LoadedRecord _source = new(ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));

    public void Dispose() => _source.Dispose();

    private BetweenQuestion.Answer Answer(string a, string b, int year) =>
        BetweenQuestion.Run(_source, BetweenQuestion.Read(_source, QuestionArgs.Of(("a", a), ("b", b), ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    [Theory]
    [InlineData("CHN", "USA", 2024)]
    [InlineData("CHN", "RUS", 1995)]
    [InlineData("USA", "GBR", 1975)]
    public void EveryShape_IsDrawnOnce_InTheColourOfItsStanding(string a, string b, int year)
    {
        // Given the answer for the pair and year, and the map drawn from it
        var answer = Answer(a, b, year);
        var map = BetweenMap.From(answer);
        var svg = BetweenMapSvg.Render(map, WorldShapes.Default);
        var paths = ShapePath().Matches(svg).Select(m => (Code: m.Groups["code"].Value, Fill: m.Groups["fill"].Value)).ToList();

        // Then there is one path per shape, A and B in their own colours
        Assert.Equal(WorldShapes.Default.Countries.Count, paths.Count);
        Assert.Equal(LeanScale.AColour, paths.Single(p => p.Code == a).Fill);
        Assert.Equal(LeanScale.BColour, paths.Single(p => p.Code == b).Fill);

        // And every state of the answer with a difference is coloured by its class, one with too few votes grey
        var drawn = paths.Where(p => p.Code.Length > 0).ToDictionary(p => p.Code, p => p.Fill, StringComparer.Ordinal);
        foreach (var r in answer.Rows)
        {
            var code = answer.Matrix.States[r.Row];
            if (drawn.TryGetValue(code, out var fill))
            {
                Assert.Equal(r.Difference is { } d ? LeanScale.Of(d).Colour : LeanScale.TooFewColour, fill);
            }
        }

        // And absent members are hatched, and a drawn code that is none of these has no seat that year
        Assert.All(answer.Absent!.Where(drawn.ContainsKey), code => Assert.Equal("url(#between-hatch)", drawn[code]));
        var seated = answer.Rows.Select(r => answer.Matrix.States[r.Row]).Concat(answer.Absent!).Append(a).Append(b).ToHashSet(StringComparer.Ordinal);
        Assert.All(drawn.Where(kv => !seated.Contains(kv.Key)), kv => Assert.Equal(LeanScale.NoSeatColour, kv.Value));
    }

    [Fact]
    public void TheBars_ListEveryStateWithADifference_FromTheMostALeaning()
    {
        // Given the map of China and the US in 2024
        var answer = Answer("CHN", "USA", 2024);
        var map = BetweenMap.From(answer);

        // When drawn as sorted bars
        var bars = BarRect().Matches(BetweenBarsSvg.Render(map, WorldShapes.Default)).Select(m => m.Groups["code"].Value).ToList();

        // Then each state with a difference has one bar, in the order of the answer (highest difference first)
        var expected = answer.Rows.Where(r => r.Difference is not null).Select(r => answer.Matrix.States[r.Row]).ToList();
        Assert.Equal(expected, bars);
    }

    [Fact]
    public void TheHoverText_GivesTheFiguresOfTheAnswer()
    {
        var answer = Answer("CHN", "USA", 2024);
        var map = BetweenMap.From(answer);
        var gbr = answer.Rows.Single(r => answer.Matrix.States[r.Row] == "GBR");

        var text = map.Describe(map.EntryFor("GBR", "United Kingdom"));

        Assert.Contains(FormattableString.Invariant($"with China {gbr.WithA:0.00} (n {gbr.NA})"), text, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"with the United States {gbr.WithB:0.00} (n {gbr.NB})"), text, StringComparison.Ordinal);
        Assert.Contains(LeanScale.Signed(gbr.Difference!.Value), text, StringComparison.Ordinal);
    }

    [Fact]
    public void ByYear_IsRefused_TheMapShowsOnePeriod()
    {
        var answer = BetweenQuestion.Run(_source, BetweenQuestion.Read(_source, QuestionArgs.Of(("a", "CHN"), ("b", "USA"), ("from", "2020"), ("to", "2021"), ("by", "year"))));

        Assert.Throws<ArgumentException>(() => BetweenMap.From(answer));
    }

    [GeneratedRegex("<path d=\"[^\"]*\" fill=\"(?<fill>[^\"]*)\"[^>]*? data-code=\"(?<code>[A-Z]*)\">")]
    private static partial Regex ShapePath();

    [GeneratedRegex("<rect [^>]*data-code=\"(?<code>[A-Z]+)\">")]
    private static partial Regex BarRect();
}
