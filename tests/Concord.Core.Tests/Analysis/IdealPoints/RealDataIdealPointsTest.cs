using Concord.Analysis.IdealPoints;
using Concord.Store;

namespace Concord.Tests.Analysis.IdealPoints;

/// <summary>The fit on the real record against the Bailey–Strezhnev–Voeten estimates (the acceptance test of the ideal points).</summary>
public sealed class RealDataIdealPointsTest
{
    private static readonly Lazy<(IdealPointSet Set, Dictionary<(string, int), double> Reference)> s_fit = new(() =>
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return (IdealPointFitter.Fit(db), IdealPointFitter.ReadReference(db));
    });

    /// <summary>The years that do not reach 0.95, each with the floor it does reach; docs/methods.md says why.</summary>
    /// <remarks>
    /// 1969 (session 24, r ≈ 0.946): Cambodia broke with the Soviet bloc at the March 1970 coup; BSV place it at −1.74
    /// in 1969 and +0.38 in 1970, the random walk spreads the break over several years (−0.24, +0.19). Without Cambodia
    /// r is still 0.948: that session's Soviet bloc lies about one unit less far out than BSV put it (the two scales
    /// bend against each other at that end), on more votes (44 per bloc member against BSV's 34).
    /// </remarks>
    private static readonly Dictionary<int, double> s_knownShortfalls = new() { [1969] = 0.94 };

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
        for (var year = 1946; year <= 2024; year++)
        {
            if (!set.TryGet("USA", year, out var usa))
            {
                continue;
            }

            Assert.True(usa.Position > 0, $"USA {year}: {usa.Position}");
            if (year >= 1960 && set.TryGet("RUS", year, out var rus))
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
