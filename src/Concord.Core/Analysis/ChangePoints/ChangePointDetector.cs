namespace Concord.Analysis.ChangePoints;

/// <summary>
/// Finds the years where a series (say, yearly agreement) shifts to a new level: the exact least-squares
/// segmentation with a penalty per change (optimal partitioning, Jackson et al. 2005).
/// </summary>
/// <remarks>
/// Minimises Σ over segments of the weighted squared deviations from the segment mean, plus
/// <c>penalty</c> for each segment. With the default penalty, 3·ln(n)·σ², where σ is the noise level estimated
/// from the differences of neighbouring points (median absolute difference / (0.6745·√2), robust to the shifts
/// themselves), this is the modified BIC that the R changepoint package uses by default for a shift in mean.
/// Weights (for instance the number of votes behind each year) make well-measured years count more; they are
/// scaled to average one so that the penalty keeps its meaning. The series is short (a point per year), so the
/// O(n²) exact search is used rather than a pruned one.
/// </remarks>
public static class ChangePointDetector
{
    /// <summary>The segments of the series, in order; one segment when nothing shifts. Empty input gives no segment.</summary>
    /// <param name="labels">The label of each point (e.g. its year), increasing.</param>
    /// <param name="values">The value of each point.</param>
    /// <param name="weights">The weight of each point (null: all equal).</param>
    /// <param name="minimumLength">The fewest points a segment may have.</param>
    /// <param name="penalty">The cost of one more segment (null: 3·ln(n)·σ̂²).</param>
    public static IReadOnlyList<Segment> Segments(ReadOnlySpan<int> labels, ReadOnlySpan<double> values, ReadOnlySpan<double> weights = default, int minimumLength = 3, double? penalty = null)
    {
        var n = values.Length;
        if (labels.Length != n || (!weights.IsEmpty && weights.Length != n))
        {
            throw new ArgumentException("Labels, values and weights must have the same length.");
        }

        if (minimumLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumLength), "A segment has at least one point.");
        }

        if (n == 0)
        {
            return [];
        }

        // Prefix sums of w, w·y and w·y² give any segment's cost in O(1).
        var w = new double[n];
        var meanWeight = 0.0;
        for (var i = 0; i < n; i++)
        {
            w[i] = weights.IsEmpty ? 1 : weights[i];
            if (!(w[i] > 0) || !double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Point {i} has a weight that is not positive or a value that is not finite.");
            }

            meanWeight += w[i] / n;
        }

        var sw = new double[n + 1];
        var swy = new double[n + 1];
        var swyy = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var wi = w[i] / meanWeight;
            sw[i + 1] = sw[i] + wi;
            swy[i + 1] = swy[i] + (wi * values[i]);
            swyy[i + 1] = swyy[i] + (wi * values[i] * values[i]);
        }

        double Cost(int start, int end)
        {
            var weight = sw[end] - sw[start];
            var sum = swy[end] - swy[start];
            return Math.Max(0, swyy[end] - swyy[start] - (sum * sum / weight));
        }

        var beta = penalty ?? DefaultPenalty(values);

        // best[t]: the least cost of the first t points; last[t]: where its final segment starts.
        var best = new double[n + 1];
        var last = new int[n + 1];
        best[0] = -beta;
        for (var t = 1; t <= n; t++)
        {
            best[t] = double.PositiveInfinity;
            last[t] = 0;
            for (var s = 0; s <= t - minimumLength; s++)
            {
                if (s != 0 && s < minimumLength)
                {
                    continue;
                }

                var c = best[s] + Cost(s, t) + beta;
                if (c < best[t])
                {
                    best[t] = c;
                    last[t] = s;
                }
            }

            if (double.IsPositiveInfinity(best[t]))
            {
                // Fewer points than one minimum segment: all of them form the one segment.
                best[t] = Cost(0, t);
                last[t] = 0;
            }
        }

        var segments = new List<Segment>();
        for (var end = n; end > 0; end = last[end])
        {
            var start = last[end];
            var weight = sw[end] - sw[start];
            segments.Add(new Segment(labels[start], labels[end - 1], (swy[end] - swy[start]) / weight, weight * meanWeight, end - start));
        }

        segments.Reverse();
        return segments;
    }

    /// <summary>3·ln(n)·σ̂², with σ̂ from the median absolute difference of neighbouring points.</summary>
    private static double DefaultPenalty(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        if (n < 3)
        {
            return double.PositiveInfinity;
        }

        var diffs = new double[n - 1];
        for (var i = 1; i < n; i++)
        {
            diffs[i - 1] = Math.Abs(values[i] - values[i - 1]);
        }

        Array.Sort(diffs);
        var median = diffs.Length % 2 == 1 ? diffs[diffs.Length / 2] : (diffs[(diffs.Length / 2) - 1] + diffs[diffs.Length / 2]) / 2;
        var sigma = median / (0.6745 * Math.Sqrt(2));

        // A perfectly flat stretch would make σ̂ zero and every wiggle a change; a floor of 0.005 (half a
        // percentage point of agreement) keeps such series in one piece.
        sigma = Math.Max(sigma, 0.005);
        return 3 * Math.Log(n) * sigma * sigma;
    }
}
