namespace Concord.Analysis.Speeches;

/// <summary>The words that set two speakers apart: the log-odds ratio with an informative Dirichlet prior (Monroe,
/// Colaresi &amp; Quinn 2008, "Fightin' Words", Political Analysis 16(4), §3.5).</summary>
/// <remarks>
/// For word w, with counts y_a and y_b in the two speakers' speeches (totals n_a, n_b) and a prior α_w = α0 · π_w taken
/// from the background (π_w the word's share of all speeches of the same years):
/// <c>δ_w = ln((y_a + α_w) / (n_a + α0 − y_a − α_w)) − ln((y_b + α_w) / (n_b + α0 − y_b − α_w))</c>,
/// <c>var(δ_w) ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w)</c>, and the score is <c>z_w = δ_w / √var(δ_w)</c>: positive for A's
/// words, negative for B's. The prior shrinks rare words toward the background, so a word said twice by one side and
/// never by the other does not top the list, and the variance keeps frequent words from winning on size alone.
/// </remarks>
public static class LogOdds
{
    /// <summary>α0, the prior's weight in words: the background counts scaled to this total.</summary>
    public const double DefaultPriorWords = 1_000;

    /// <summary>z for every term with a count on either side (NaN where neither used it).</summary>
    /// <param name="a">A's count of each term (dense, by term id).</param>
    /// <param name="b">B's count of each term.</param>
    /// <param name="background">The background's count of each term.</param>
    public static double[] Z(ReadOnlySpan<long> a, ReadOnlySpan<long> b, ReadOnlySpan<long> background, double priorWords = DefaultPriorWords)
    {
        if (a.Length != b.Length || a.Length != background.Length)
        {
            throw new ArgumentException("The three count vectors must have the same length.");
        }

        double na = 0, nb = 0, nBackground = 0;
        for (var w = 0; w < a.Length; w++)
        {
            na += a[w];
            nb += b[w];
            nBackground += background[w];
        }

        var z = new double[a.Length];
        for (var w = 0; w < a.Length; w++)
        {
            if (a[w] + b[w] == 0 || background[w] == 0)
            {
                z[w] = double.NaN;
                continue;
            }

            var alpha = priorWords * background[w] / nBackground;
            var ya = a[w] + alpha;
            var yb = b[w] + alpha;
            var delta = Math.Log(ya / (na + priorWords - ya)) - Math.Log(yb / (nb + priorWords - yb));
            z[w] = delta / Math.Sqrt((1 / ya) + (1 / yb));
        }

        return z;
    }
}
