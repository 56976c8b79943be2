using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Analysis.ChangePoints;

/// <summary>The change points of a pair's yearly scores: years with a value, weighted by their number of common votes.</summary>
public static class YearlyChangePoints
{
    /// <summary>Segments of the yearly values of <paramref name="measure"/>; years without a value (too few votes) are skipped.</summary>
    /// <param name="coincidence">Each year's coincidence rule (the convention's); the classic yes/no rule when null.</param>
    public static IReadOnlyList<Segment> Find(IReadOnlyList<Period> years, IReadOnlyList<PairCounts> counts, int minN, Func<AgreementScores, double?> measure, IReadOnlyList<CoincidenceRule>? coincidence = null)
    {
        var yearly = new List<(int Year, AgreementScores Scores)>(years.Count);
        for (var p = 0; p < years.Count; p++)
        {
            if (int.TryParse(years[p].Label, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                yearly.Add((year, AgreementScores.From(counts[p], minN, coincidence?[p] ?? CoincidenceRule.YesNoOnly)));
            }
        }

        return Find(yearly, measure);
    }

    /// <summary>Segments of a pair's yearly scores already computed, each year weighted by its common votes.</summary>
    public static IReadOnlyList<Segment> Find(IReadOnlyList<(int Year, AgreementScores Scores)> yearly, Func<AgreementScores, double?> measure)
    {
        var labels = new List<int>(yearly.Count);
        var values = new List<double>(yearly.Count);
        var weights = new List<double>(yearly.Count);
        foreach (var (year, scores) in yearly)
        {
            if (measure(scores) is { } v)
            {
                labels.Add(year);
                values.Add(v);
                weights.Add(scores.N);
            }
        }

        return ChangePointDetector.Segments([.. labels], [.. values], [.. weights]);
    }

    /// <summary>"1992–2003 0.620 → 2004–2025 0.805": the segments as one line a reader can quote.</summary>
    public static string Describe(IReadOnlyList<Segment> segments) =>
        string.Join(" → ", segments.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.From}–{s.To} {s.Mean:0.000}")));
}
