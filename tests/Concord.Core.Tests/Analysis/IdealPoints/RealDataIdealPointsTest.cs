using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.IdealPoints;
using Concord.Store;

namespace Concord.Tests.Analysis.IdealPoints;

/// <summary>The fit on the real record against the Bailey–Strezhnev–Voeten estimates (the acceptance test of the ideal points).</summary>
public sealed class RealDataIdealPointsTest
{
    private static readonly Lazy<(IdealPointSet Set, Dictionary<(string, int), double> Reference)> s_fit = new(() =>
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return (IdealPointFits.Fit(db), IdealPointInputs.Reference(db));
    });

    /// <summary>The years 1960–2024 that do not reach 0.95, each with the floor it does reach; docs/methods.md says why.</summary>
    /// <remarks>
    /// 1967–1969 (r ≈ 0.925, 0.945, 0.922): BSV move the Soviet bloc about a unit toward the centre in those sessions
    /// (Bulgaria −2.8 in 1965–66, −2.2 in 1967 and 1969), level with the radical non-aligned; Concord keeps it far out
    /// (about −3.0), on more votes (44 per bloc member in 1969 against BSV's 34). In 1969 Cambodia adds to it: BSV place it
    /// at −1.74 before the March 1970 coup and +0.38 after, the random walk spreads the break over several years.
    /// The fit that had these years at 0.955, 0.967 and 0.946 had 1946–47 and 1955–57 mirrored, and the walk out of the
    /// mirrored 1950s pulled the bloc toward the centre.
    /// </remarks>
    // 1968 and 1976: 0.947 since the record's roll calls were reconciled with the UN's counts (separate votes dated by the
    // plenary that adopted their resolution, motions and failed drafts no longer counted as resolutions, titles that are titles).
    private static readonly Dictionary<int, double> s_knownShortfalls = new() { [1967] = 0.92, [1968] = 0.94, [1969] = 0.92, [1976] = 0.94 };

    /// <summary>1946–1959: 52–80 states in common with the reference and few recurring texts, so each session's cross-section rests on its own votes.</summary>
    private const double EarlyFloor = 0.9;

    [Fact]
    public void EveryYear1946To2025_RunsTheSameWayAsTheReference_AndTheEarlyYearsReach090()
    {
        // Given Concord's fit and the BSV estimates, year by year
        var (set, reference) = s_fit.Value;
        var years = ReferenceComparison.ByYear(set, reference).Where(y => y.Year <= 2025).ToList();
        Assert.Equal(Enumerable.Range(1946, 80).Where(y => y != 1964), years.Select(y => y.Year));

        // Then no year is mirrored (the United States' side is the reference's in every cross-section)
        var mirrored = years.Where(y => y.Pearson <= 0).Select(y => $"{y.Year}: r = {y.Pearson:0.000}").ToList();
        Assert.True(mirrored.Count == 0, "mirrored: " + string.Join("; ", mirrored));

        // And the years before 1960, among them 1946–47 and 1955–57 that an earlier start left mirrored, reach 0.9
        var weak = years.Where(y => y.Year < 1960 && y.Pearson < EarlyFloor).Select(y => $"{y.Year}: r = {y.Pearson:0.000} (off most: {y.Outlier})").ToList();
        Assert.True(weak.Count == 0, $"below {EarlyFloor}: " + string.Join("; ", weak));
    }

    [Fact]
    public void Positions_AreConcordsOwn_AlignedToTheReferenceByOneLeastSquaresLine()
    {
        // Given every printed position that has a BSV value in the years the alignment uses
        var (set, reference) = s_fit.Value;
        var pairs = set.Points.Where(p => p.Year <= IdealPointFitter.LastAlignedYear && reference.ContainsKey((p.State, p.Year)))
            .Select(p => (X: p.Position, Y: reference[(p.State, p.Year)])).ToList();

        // When BSV's values are regressed on the printed positions
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        var slope = pairs.Sum(p => (p.X - mx) * (p.Y - my)) / pairs.Sum(p => (p.X - mx) * (p.X - mx));
        var intercept = my - (slope * mx);

        // Then the line is the identity: the positions were put on BSV's scale by the least-squares line over all country-years
        Assert.Equal(1.0, slope, 9);
        Assert.Equal(0.0, intercept, 9);
        Assert.Equal(IdealPointFitter.AlignedScaleInWords, IdealPointFitter.ScaleInWords(set));

        // And they are not BSV's published values: a reader told so is told the truth
        Assert.True(pairs.Count(p => Math.Abs(p.X - p.Y) > 0.25) > pairs.Count / 10, "most positions equal BSV's own");
    }

    [Fact]
    public void EveryYear1960To2024_CorrelatesWithTheReference_AtLeast095()
    {
        var (set, reference) = s_fit.Value;
        var years = ReferenceComparison.ByYear(set, reference).Where(y => y.Year is >= 1960 and <= 2024).ToList();
        // 1964 (session 19) held no recorded vote: the Assembly worked by consensus during the Article 19 dispute.
        Assert.Equal(Enumerable.Range(1960, 65).Where(y => y != 1964), years.Select(y => y.Year));
        var weak = years.Where(y => y.Pearson < s_knownShortfalls.GetValueOrDefault(y.Year, 0.95))
            .Select(y => $"{y.Year}: r = {y.Pearson:0.000} (n {y.States}, off most: {y.Outlier})").ToList();
        Assert.True(weak.Count == 0, "below 0.95: " + string.Join("; ", weak));

        // A known shortfall that has gone away should be taken off the list, not left to hide a future one.
        Assert.All(s_knownShortfalls.Keys, y => Assert.True(years.Single(x => x.Year == y).Pearson < 0.95, $"{y} now reaches 0.95: remove it from the exceptions"));
        Assert.All(years, y => Assert.True(y.States >= 95, $"{y.Year}: only {y.States} states in common"));
    }

    [Fact]
    public void UnitedStates_IsPositive_AndAboveRussia_EveryYear()
    {
        var (set, _) = s_fit.Value;
        for (var year = 1946; year <= 2025; year++)
        {
            if (!set.TryGet("USA", year, out var usa))
            {
                continue;
            }

            Assert.True(usa.Position > 0, $"USA {year}: {usa.Position}");
            if (set.TryGet("RUS", year, out var rus))
            {
                Assert.True(usa.Position > rus.Position, $"{year}: USA {usa.Position:0.00}, RUS {rus.Position:0.00}");
            }
        }
    }

    [Fact]
    public void Intervals_ContainThePosition_AndDistanceIsSymmetric()
    {
        var (set, _) = s_fit.Value;
        Assert.All(set.Points, p => Assert.True(p.Lower < p.Position && p.Position < p.Upper && p.Votes > 0, $"{p.State} {p.Year}"));
        var ab = set.Distance("CHN", "USA");
        var ba = set.Distance("USA", "CHN");
        Assert.Equal(ab, ba);
        Assert.Equal(2024 - 1971 + 1, ab.Count(d => d.Year is >= 1971 and <= 2024));
        Assert.True(set.TryGet("CHN", 2020, out var chn));
        Assert.True(set.TryGet("USA", 2020, out var usa));
        Assert.Equal(Math.Abs(chn.Position - usa.Position), ab.Single(d => d.Year == 2020).Distance, 12);
    }
}
