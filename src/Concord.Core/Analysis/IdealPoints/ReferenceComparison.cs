using Concord.Domain;
namespace Concord.Analysis.IdealPoints;

/// <summary>How Concord's ideal points line up with the Bailey–Strezhnev–Voeten estimates, year by year.</summary>
public static class ReferenceComparison
{
    /// <summary>One year: the states both have, Pearson's r across them, and the state furthest off the year's regression line.</summary>
    public readonly record struct YearCorrelation(int Year, int States, double Pearson, string? Outlier, double OutlierResidual);

    public static List<YearCorrelation> ByYear(IdealPointSet set, IReadOnlyDictionary<(string, int), double> reference)
    {
        var years = new SortedDictionary<int, List<(string State, double X, double Y)>>();
        foreach (var p in set.Points)
        {
            if (reference.TryGetValue((p.State, p.Year), out var y))
            {
                if (!years.TryGetValue(p.Year, out var list))
                {
                    years[p.Year] = list = [];
                }

                list.Add((p.State, p.Position, y));
            }
        }

        var result = new List<YearCorrelation>();
        foreach (var (year, pairs) in years)
        {
            if (pairs.Count < 3)
            {
                continue;
            }

            double n = pairs.Count, mx = 0, my = 0;
            foreach (var (_, x, y) in pairs)
            {
                mx += x / n;
                my += y / n;
            }

            double sxx = 0, syy = 0, sxy = 0;
            foreach (var (_, x, y) in pairs)
            {
                sxx += (x - mx) * (x - mx);
                syy += (y - my) * (y - my);
                sxy += (x - mx) * (y - my);
            }

            var r = sxy / Math.Sqrt(sxx * syy);
            var slope = sxy / sxx;
            string? outlier = null;
            var worst = 0.0;
            foreach (var (state, x, y) in pairs)
            {
                var residual = y - (my + (slope * (x - mx)));
                if (Math.Abs(residual) > Math.Abs(worst))
                {
                    worst = residual;
                    outlier = state;
                }
            }

            result.Add(new YearCorrelation(year, pairs.Count, r, outlier, worst));
        }

        return result;
    }
}
