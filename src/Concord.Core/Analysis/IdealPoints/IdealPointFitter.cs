using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Analysis.IdealPoints;

/// <summary>Fits the General Assembly's dynamic ideal points from its vote matrix and aligns them to the reference's scale.</summary>
/// <remarks>
/// The positions stay Concord's own estimates: the fit's scale (mean 0, sd 1 over state-years, the United States
/// positive) is moved onto the Bailey–Strezhnev–Voeten range by one affine map for the whole record, the least-squares
/// line from Concord's positions to theirs over every state-year both have in 1946–2024 (2025 rests on a partial year in
/// their file). One line for all years keeps the years comparable and changes no correlation; a state's position still
/// differs from BSV's published one wherever the two fits differ. Without the reference table the fit's own scale is kept.
/// </remarks>
public static class IdealPointFitter
{
    /// <summary>Changes whenever the estimator or the vote selection changes, so that an older cached fit is not reused.</summary>
    public const string EstimatorVersion = "concord-ideal-3";

    /// <summary>z of a two-sided 90% normal interval.</summary>
    public const double Z90 = 1.6448536269514722;

    /// <summary>The last year whose reference values the alignment uses (the reference's 2025 rests on part of a year).</summary>
    public const int LastAlignedYear = 2024;

    /// <summary>What an aligned position is, in words for readers of the brief, the CLI and the API.</summary>
    public const string AlignedScaleInWords = "Concord's own estimates, aligned to the Bailey–Strezhnev–Voeten scale by one linear map fitted over all country-years 1946–2024 that both estimate, not BSV's published values";

    /// <summary>What an unaligned position is (no reference table in the database).</summary>
    public const string OwnScaleInWords = "Concord's own estimates on the fit's own scale (mean 0, sd 1 over all country-years)";

    private const string AlignedMarker = "scale: aligned to Bailey-Strezhnev-Voeten's";

    public static string ModelDescription(IdealPointOptions options) => $"{EstimatorVersion}: {options.Describe()}";

    /// <summary>The scale of a set's positions in words (read from its model text, so a cached set says it too).</summary>
    public static string ScaleInWords(IdealPointSet set) =>
        set.Model.Contains(AlignedMarker, StringComparison.Ordinal) ? AlignedScaleInWords : OwnScaleInWords;

    /// <summary>Fits <paramref name="matrix"/> (the General Assembly's, predecessors merged) and aligns the positions
    /// to <paramref name="reference"/> (by state and year; empty keeps the fit's own scale).</summary>
    public static IdealPointSet Fit(VoteMatrix matrix, IReadOnlyDictionary<int, string> titles, IReadOnlyDictionary<(string, int), double> reference, IdealPointOptions? options = null)
    {
        options ??= IdealPointOptions.Default;
        var (data, estimates) = FitRaw(matrix, titles, options);
        var (intercept, slope) = ReferenceScale(data, estimates, reference);
        var points = new List<IdealPoint>(data.StateYears);
        var order = Enumerable.Range(0, data.States.Count).OrderBy(s => data.States[s], StringComparer.Ordinal);
        foreach (var s in order)
        {
            for (var sy = data.StateStart[s]; sy < data.StateEnd[s]; sy++)
            {
                if (data.VotesPerStateYear[sy] == 0)
                {
                    continue;
                }

                var position = intercept + (slope * estimates.Theta[sy]);
                var half = Z90 * Math.Abs(slope) * estimates.Sd[sy];
                points.Add(new IdealPoint(data.States[s], data.StateFirstYear[s] + sy - data.StateStart[s], position, position - half, position + half, data.VotesPerStateYear[sy]));
            }
        }

        var scale = reference.Count == 0 ? "scale: the fit's own (mean 0, sd 1)"
            : FormattableString.Invariant($"{AlignedMarker} by the least-squares line over all country-years 1946-{LastAlignedYear}, position = {intercept:0.0000} + {slope:0.0000} x fit");
        return new IdealPointSet(points, $"{ModelDescription(options)}; {scale}", DateTime.UtcNow, estimates.Iterations);
    }

    /// <summary>The fit on its own scale, with the data it used.</summary>
    public static (IdealVoteData Data, IdealPointEstimates Estimates) FitRaw(VoteMatrix matrix, IReadOnlyDictionary<int, string> titles, IdealPointOptions options)
    {
        var keys = RecurringResolutions.Keys(matrix, titles);
        var data = IdealVoteData.Build(matrix, keys);
        return (data, DynamicOrdinalIrt.Fit(data, options));
    }

    private static (double Intercept, double Slope) ReferenceScale(IdealVoteData data, IdealPointEstimates estimates, IReadOnlyDictionary<(string, int), double> reference)
    {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var s = 0; s < data.States.Count; s++)
        {
            for (var i = data.StateStart[s]; i < data.StateEnd[s]; i++)
            {
                var year = data.StateFirstYear[s] + i - data.StateStart[s];
                if (year <= LastAlignedYear && data.VotesPerStateYear[i] > 0 && reference.TryGetValue((data.States[s], year), out var y))
                {
                    var x = estimates.Theta[i];
                    n++;
                    sx += x;
                    sy += y;
                    sxx += x * x;
                    sxy += x * y;
                }
            }
        }

        if (n < 3)
        {
            return (0, 1);
        }

        var slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        return ((sy - (slope * sx)) / n, slope);
    }
}
