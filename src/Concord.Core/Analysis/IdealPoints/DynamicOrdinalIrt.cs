namespace Concord.Analysis.IdealPoints;

/// <summary>Fits the dynamic ordinal ideal-point model by alternating Newton steps to the joint posterior mode.</summary>
/// <remarks>
/// <para>The model (Bailey, Strezhnev and Voeten 2017): state i's vote on item j in year t is yes &lt; abstain &lt; no by an
/// ordered probit, P(y ≤ k) = Φ(κ_jk − β_j·θ_it); each state's positions follow a Gaussian random walk θ_it ~ N(θ_i(t−1), σ²),
/// θ_i(first) ~ N(0, s0²); items have N(0, ·) priors on β and κ.</para>
/// <para>The fit is the EM family's deterministic cousin (Imai, Lo and Olmsted 2016 fit the same models by EM): each
/// iteration takes one Newton step for every item's (κ, β) given the positions, then one for every state's whole
/// trajectory given the items, which with the random walk is a tridiagonal (Kalman-smoother) solve. Both blocks are
/// concave, so the steps climb; after each iteration positions are standardised (mean 0, sd 1 over state-years) with the
/// item parameters moved to match, which leaves every probability unchanged and pins the scale. Pairs of iterations are
/// accelerated by SQUAREM (Varadhan and Roland 2008), a jump kept only where it raises the posterior.</para>
/// <para>The posterior has a mode for each way round a poorly linked year can lie; the start picks the mode
/// (<see cref="IdealPointStart"/>): the default turns every year's start to the anchor's side, which reaches the
/// highest mode found, with every year's East–West order as in the reference. The sign is then set so that the
/// anchor's (the United States') mean position is positive. Posterior standard deviations are the Laplace approximation
/// at the mode, given the item parameters.</para>
/// </remarks>
public static class DynamicOrdinalIrt
{
    /// <summary>The largest change a single Newton step may make to any parameter: keeps the first steps from near-separated items sane.</summary>
    private const double MaxStep = 1.0;

    /// <summary>The largest factor by which SQUAREM may stretch its extrapolation at first; it grows fourfold each time
    /// a step at the limit is accepted, and shrinks back when one fails.</summary>
    private const double FirstStepLimit = 4.0;

    /// <param name="iterationDone">Called after each iteration with its number and the largest change of a position.</param>
    public static IdealPointEstimates Fit(IdealVoteData data, IdealPointOptions? options = null, string anchor = "USA", Action<int, double>? iterationDone = null)
    {
        options ??= IdealPointOptions.Default;
        var x0 = new IrtParameters(data.StateYears, data.Items);
        var x1 = new IrtParameters(data.StateYears, data.Items);
        var x2 = new IrtParameters(data.StateYears, data.Items);
        var jump = new IrtParameters(data.StateYears, data.Items);
        var sd = new double[data.StateYears];
        Array.Copy(StartValues(data, options.Seed, anchor, options.Start), x0.Theta, data.StateYears);
        InitialiseItems(data, x0.Theta, x0.Discrimination, x0.Cut0, x0.Cut1);

        // Alternating blocks converge linearly, and slowly along the directions the data barely pin (a whole era's
        // positions shifting against the items of its unbridged votes: 265 iterations from the default start). SQUAREM
        // extrapolates along the path of two plain iterations and keeps the jump where the posterior there is no lower
        // than before them, else takes the two iterations as they were (63 iterations to a slightly higher point). The
        // stabilising iteration after each jump that SQUAREM usually adds cost more than it saved here (99 iterations).
        var iterations = 0;
        var limit = FirstStepLimit;
        var logPosterior = LogPosterior(data, x0.Theta, x0.Discrimination, x0.Cut0, x0.Cut1, options);
        while (iterations < options.MaxIterations)
        {
            Iterate(data, x0, x1, sd, options);
            var change = x1.LargestMoveFrom(x0);
            iterations++;
            iterationDone?.Invoke(iterations, change);
            if (change < options.Tolerance || iterations == options.MaxIterations)
            {
                x0.CopyFrom(x1);
                break;
            }

            Iterate(data, x1, x2, sd, options);
            iterations++;
            iterationDone?.Invoke(iterations, x2.LargestMoveFrom(x1));
            var a = jump.Extrapolate(x0, x1, x2, limit);
            var accepted = false;
            if (a > 1 && jump.CutsInOrder(data.Categories))
            {
                var atJump = LogPosterior(data, jump.Theta, jump.Discrimination, jump.Cut0, jump.Cut1, options);
                if (atJump >= logPosterior)
                {
                    accepted = true;
                    logPosterior = atJump;
                    x0.CopyFrom(jump);
                    limit = a >= limit ? limit * 4 : limit;
                }
            }

            if (!accepted)
            {
                limit = a >= limit ? Math.Max(FirstStepLimit, limit / 4) : limit;
                logPosterior = LogPosterior(data, x2.Theta, x2.Discrimination, x2.Cut0, x2.Cut1, options);
                x0.CopyFrom(x2);
            }
        }

        // A last state pass at the final items gives the variances at the mode.
        var (theta, disc, cut0, cut1) = (x0.Theta, x0.Discrimination, x0.Cut0, x0.Cut1);
        StateStep(data, theta, sd, disc, cut0, cut1, options, varianceOnly: true);
        OrientBy(data, anchor, theta, disc, cut0, cut1);
        return new IdealPointEstimates(data, theta, sd, disc, cut0, cut1, iterations, options);
    }

    /// <summary>One plain iteration from <paramref name="from"/> into <paramref name="to"/>: the items' step, then the
    /// trajectories' step at the new items, then standardisation.</summary>
    private static void Iterate(IdealVoteData data, IrtParameters from, IrtParameters to, double[] sd, IdealPointOptions options)
    {
        to.CopyFrom(from);
        ItemStep(data, to.Theta, to.Discrimination, to.Cut0, to.Cut1, options);
        StateStep(data, to.Theta, sd, to.Discrimination, to.Cut0, to.Cut1, options);
        Standardise(data, to.Theta, sd, to.Discrimination, to.Cut0, to.Cut1);
    }

    /// <summary>Start values by <paramref name="rule"/>, standardised, plus jitter by seed.</summary>
    /// <remarks>
    /// The starts reach different modes (docs/methods.md). The plain mean vote starts the 1940s and 1950s reversed
    /// against later years (the Soviet bloc cast most of the no votes then, the West later), and 1946–47 and 1955–57 stay
    /// mirrored, a lower mode. Agreement with the anchor and the oriented mean vote both reach the higher mode, with every
    /// year's East–West order as in the reference; the oriented mean vote in fewer iterations (63 against 81), since it
    /// keeps the mean vote's shape and takes from the anchor only the direction of each year. A state-year that shares no
    /// vote with the anchor starts from its mean vote.
    /// </remarks>
    internal static double[] StartValues(IdealVoteData data, int seed, string? anchor = null, IdealPointStart rule = IdealPointStart.MeanVote)
    {
        var random = seed == 0 ? null : new Random(seed);
        var a = -1;
        for (var s = 0; s < data.States.Count; s++)
        {
            a = data.States[s] == anchor ? s : a;
        }

        var years = 0;
        for (var s = 0; s < data.States.Count; s++)
        {
            years = Math.Max(years, data.StateFirstYear[s] + data.StateEnd[s] - data.StateStart[s] - data.FirstYear);
        }

        // The anchor's category on each item, per year (an item occurs at most once a session), + 1; 0 where it did not vote.
        var anchorVote = a < 0 ? [] : new byte[years * data.Items];
        if (a >= 0)
        {
            for (var sy = data.StateStart[a]; sy < data.StateEnd[a]; sy++)
            {
                var y = data.StateFirstYear[a] + sy - data.StateStart[a] - data.FirstYear;
                for (var o = data.StateYearOffsets[sy]; o < data.StateYearOffsets[sy + 1]; o++)
                {
                    anchorVote[(y * data.Items) + data.StateYearItem[o]] = (byte)(data.StateYearCategory[o] + 1);
                }
            }
        }

        // Per state-year: the mean vote and the agreement with the anchor (NaN where there is nothing to average).
        var mean = new double[data.StateYears];
        var agreement = new double[data.StateYears];
        for (var s = 0; s < data.States.Count; s++)
        {
            for (var sy = data.StateStart[s]; sy < data.StateEnd[s]; sy++)
            {
                var y = data.StateFirstYear[s] + sy - data.StateStart[s] - data.FirstYear;
                double agree = 0, sum = 0;
                var common = 0;
                int from = data.StateYearOffsets[sy], to = data.StateYearOffsets[sy + 1];
                for (var o = from; o < to; o++)
                {
                    var j = data.StateYearItem[o];
                    var span = (double)(data.Categories[j] - 1);
                    sum += data.StateYearCategory[o] / span;
                    var at = (y * data.Items) + j;
                    if (at < anchorVote.Length && anchorVote[at] > 0)
                    {
                        agree += 1 - (Math.Abs(data.StateYearCategory[o] - (anchorVote[at] - 1)) / span);
                        common++;
                    }
                }

                mean[sy] = to > from ? sum / (to - from) : double.NaN;
                agreement[sy] = common > 0 ? agree / common : double.NaN;
            }
        }

        if (rule == IdealPointStart.OrientedMeanVote && a >= 0)
        {
            OrientYears(data, years, mean, agreement);
        }

        var theta = new double[data.StateYears];
        for (var i = 0; i < theta.Length; i++)
        {
            theta[i] = rule == IdealPointStart.AnchorAgreement && !double.IsNaN(agreement[i]) ? agreement[i] : mean[i];
        }

        // Years without votes inside a state's span start from the last year that had some.
        for (var s = 0; s < data.States.Count; s++)
        {
            var last = 0.5;
            for (var sy = data.StateStart[s]; sy < data.StateEnd[s]; sy++)
            {
                theta[sy] = double.IsNaN(theta[sy]) ? last : theta[sy];
                last = theta[sy];
            }
        }

        var (m, scale) = MeanSd(data, theta);
        for (var i = 0; i < theta.Length; i++)
        {
            theta[i] = ((theta[i] - m) / scale) + (random is null ? 0 : 0.5 * ((random.NextDouble() * 2) - 1));
        }

        return theta;
    }

    /// <summary>Mirrors each year's mean votes about the year's average where they covary negatively, across the year's
    /// states, with agreement with the anchor: the year then starts with the anchor's side high, as every other year.</summary>
    /// <remarks>A mean vote measures how often a state votes no, and who votes no changed sides (the Soviet bloc in the
    /// 1940s and 1950s, the West from the 1960s); the covariance with agreement says which way round a year is.</remarks>
    private static void OrientYears(IdealVoteData data, int years, double[] mean, double[] agreement)
    {
        var n = new int[years];
        var sumMean = new double[years];
        var sumAgree = new double[years];
        var sumCross = new double[years];
        var sumAll = new double[years];
        var nAll = new int[years];
        for (var s = 0; s < data.States.Count; s++)
        {
            for (var sy = data.StateStart[s]; sy < data.StateEnd[s]; sy++)
            {
                var y = data.StateFirstYear[s] + sy - data.StateStart[s] - data.FirstYear;
                if (double.IsNaN(mean[sy]))
                {
                    continue;
                }

                sumAll[y] += mean[sy];
                nAll[y]++;
                if (!double.IsNaN(agreement[sy]))
                {
                    n[y]++;
                    sumMean[y] += mean[sy];
                    sumAgree[y] += agreement[sy];
                    sumCross[y] += mean[sy] * agreement[sy];
                }
            }
        }

        for (var s = 0; s < data.States.Count; s++)
        {
            for (var sy = data.StateStart[s]; sy < data.StateEnd[s]; sy++)
            {
                var y = data.StateFirstYear[s] + sy - data.StateStart[s] - data.FirstYear;
                var covariance = n[y] == 0 ? 0 : (sumCross[y] / n[y]) - (sumMean[y] / n[y] * (sumAgree[y] / n[y]));
                if (covariance < 0 && !double.IsNaN(mean[sy]))
                {
                    mean[sy] = (2 * sumAll[y] / nAll[y]) - mean[sy];
                }
            }
        }
    }

    /// <summary>Items start with β = 1 and cut-points at the normal quantiles of their cumulative vote shares.</summary>
    private static void InitialiseItems(IdealVoteData data, double[] theta, double[] disc, double[] cut0, double[] cut1)
    {
        Span<int> n = stackalloc int[3];
        for (var j = 0; j < data.Items; j++)
        {
            n.Clear();
            double mean = 0;
            int from = data.ItemOffsets[j], to = data.ItemOffsets[j + 1];
            for (var o = from; o < to; o++)
            {
                n[data.ItemCategory[o]]++;
                mean += theta[data.ItemStateYear[o]];
            }

            mean /= Math.Max(1, to - from);
            disc[j] = 1;
            var total = (double)(to - from);
            cut0[j] = mean + Quantile((n[0] + 0.5) / (total + 1));
            cut1[j] = data.Categories[j] == 3 ? Math.Max(cut0[j] + 0.1, mean + Quantile((n[0] + n[1] + 0.5) / (total + 1))) : 0;
        }
    }

    /// <summary>One Newton step for every item's cut-points and discrimination, the positions held fixed.</summary>
    internal static void ItemStep(IdealVoteData data, double[] theta, double[] disc, double[] cut0, double[] cut1, IdealPointOptions options)
    {
        var discPrecision = 1.0 / (options.DiscriminationSd * options.DiscriminationSd);
        var cutPrecision = 1.0 / (options.CutSd * options.CutSd);
        Parallel.For(0, data.Items, j =>
        {
            var k = data.Categories[j];
            var p = k; // parameters: k − 1 cut-points, then β
            Span<double> g = stackalloc double[3];
            Span<double> h = stackalloc double[9];
            g.Clear();
            h.Clear();
            double b = disc[j], c0 = cut0[j], c1 = cut1[j];
            int from = data.ItemOffsets[j], to = data.ItemOffsets[j + 1];
            for (var o = from; o < to; o++)
            {
                var x = theta[data.ItemStateYear[o]];
                var cat = data.ItemCategory[o];
                var mu = b * x;
                var lower = cat == 0 ? double.NegativeInfinity : (cat == 1 ? c0 : c1) - mu;
                var upper = cat == k - 1 ? double.PositiveInfinity : (cat == 0 ? c0 : c1) - mu;
                var term = OrderedProbitTerm.Derivatives(lower, upper);
                var bi = p - 1;
                if (cat < k - 1)
                {
                    g[cat] += term.DU;
                    h[(cat * p) + cat] += term.HUU;
                    h[(cat * p) + bi] -= x * (term.HUU + term.HUL);
                }

                if (cat > 0)
                {
                    var l = cat - 1;
                    g[l] += term.DL;
                    h[(l * p) + l] += term.HLL;
                    h[(l * p) + bi] -= x * (term.HUL + term.HLL);
                    if (cat < k - 1)
                    {
                        h[(cat * p) + l] += term.HUL;
                        h[(l * p) + cat] += term.HUL;
                    }
                }

                g[bi] += x * term.DMu;
                h[(bi * p) + bi] += x * x * term.HMu;
            }

            // Priors, then the symmetric half of the β column, then solve (−H) Δ = g.
            for (var i = 0; i < p - 1; i++)
            {
                g[i] -= (i == 0 ? c0 : c1) * cutPrecision;
                h[(i * p) + i] -= cutPrecision;
                h[((p - 1) * p) + i] = h[(i * p) + p - 1];
            }

            g[p - 1] -= b * discPrecision;
            h[((p - 1) * p) + p - 1] -= discPrecision;
            Span<double> step = stackalloc double[3];
            if (!SolveNegated(h[..(p * p)], g[..p], step[..p], p))
            {
                return;
            }

            var largest = 0.0;
            for (var i = 0; i < p; i++)
            {
                largest = Math.Max(largest, Math.Abs(step[i]));
            }

            var scale = largest > MaxStep ? MaxStep / largest : 1.0;
            for (var halvings = 0; halvings < 30; halvings++, scale *= 0.5)
            {
                var n0 = c0 + (scale * step[0]);
                var n1 = k == 3 ? c1 + (scale * step[1]) : 0;
                if (k == 3 && n1 <= n0)
                {
                    continue;
                }

                cut0[j] = n0;
                cut1[j] = n1;
                disc[j] = b + (scale * step[p - 1]);
                return;
            }
        });
    }

    /// <summary>One Newton step for every state's trajectory, the items held fixed; writes the posterior sd of each year.</summary>
    internal static void StateStep(IdealVoteData data, double[] theta, double[] sd, double[] disc, double[] cut0, double[] cut1, IdealPointOptions options, bool varianceOnly = false)
    {
        var walk = options.WalkSd * options.WalkSd;
        var first = options.FirstYearSd * options.FirstYearSd;
        Parallel.For(0, data.States.Count, s =>
        {
            int start = data.StateStart[s], years = data.StateEnd[s] - start;
            Span<double> gradient = stackalloc double[years];
            Span<double> curvature = stackalloc double[years];
            Span<double> step = stackalloc double[years];
            Span<double> variance = stackalloc double[years];
            Span<double> scratch = stackalloc double[3 * years];
            for (var t = 0; t < years; t++)
            {
                var sy = start + t;
                var x = theta[sy];
                double g = 0, c = 0;
                for (var o = data.StateYearOffsets[sy]; o < data.StateYearOffsets[sy + 1]; o++)
                {
                    var j = data.StateYearItem[o];
                    var cat = data.StateYearCategory[o];
                    var k = data.Categories[j];
                    var b = disc[j];
                    var mu = b * x;
                    var lower = cat == 0 ? double.NegativeInfinity : (cat == 1 ? cut0[j] : cut1[j]) - mu;
                    var upper = cat == k - 1 ? double.PositiveInfinity : (cat == 0 ? cut0[j] : cut1[j]) - mu;
                    var term = OrderedProbitTerm.Derivatives(lower, upper);
                    g += b * term.DMu;
                    c -= b * b * term.HMu;
                }

                gradient[t] = g;
                curvature[t] = c;
            }

            var trajectory = new ReadOnlySpan<double>(theta, start, years);
            RandomWalkSmoother.Solve(trajectory, gradient, curvature, first, walk, step, variance, scratch);
            var largest = 0.0;
            for (var t = 0; t < years; t++)
            {
                largest = Math.Max(largest, Math.Abs(step[t]));
                sd[start + t] = Math.Sqrt(variance[t]);
            }

            if (varianceOnly)
            {
                return;
            }

            var scale = largest > MaxStep ? MaxStep / largest : 1.0;
            for (var t = 0; t < years; t++)
            {
                theta[start + t] += scale * step[t];
            }
        });
    }

    /// <summary>Rescales positions to mean 0, sd 1 over state-years with votes; items follow so that every probability is unchanged.</summary>
    private static void Standardise(IdealVoteData data, double[] theta, double[] sd, double[] disc, double[] cut0, double[] cut1)
    {
        var (mean, scale) = MeanSd(data, theta);
        for (var i = 0; i < theta.Length; i++)
        {
            theta[i] = (theta[i] - mean) / scale;
            sd[i] /= scale;
        }

        for (var j = 0; j < disc.Length; j++)
        {
            cut0[j] -= disc[j] * mean;
            cut1[j] -= data.Categories[j] == 3 ? disc[j] * mean : 0;
            disc[j] *= scale;
        }
    }

    private static (double Mean, double Sd) MeanSd(IdealVoteData data, double[] theta)
    {
        double sum = 0, sumSq = 0;
        var n = 0;
        for (var i = 0; i < theta.Length; i++)
        {
            if (data.VotesPerStateYear[i] > 0)
            {
                sum += theta[i];
                sumSq += theta[i] * theta[i];
                n++;
            }
        }

        var mean = sum / n;
        return (mean, Math.Sqrt(Math.Max((sumSq / n) - (mean * mean), 1e-12)));
    }

    /// <summary>Flips the sign so that the anchor state's mean position is positive (the likelihood is symmetric in it).</summary>
    private static void OrientBy(IdealVoteData data, string anchor, double[] theta, double[] disc, double[] cut0, double[] cut1)
    {
        var s = -1;
        for (var i = 0; i < data.States.Count; i++)
        {
            if (data.States[i] == anchor)
            {
                s = i;
            }
        }

        if (s < 0)
        {
            return;
        }

        double sum = 0;
        for (var sy = data.StateStart[s]; sy < data.StateEnd[s]; sy++)
        {
            sum += theta[sy];
        }

        if (sum >= 0)
        {
            return;
        }

        for (var i = 0; i < theta.Length; i++)
        {
            theta[i] = -theta[i];
        }

        // With μ = βθ, flipping θ and β leaves every probability as it was.
        for (var j = 0; j < disc.Length; j++)
        {
            disc[j] = -disc[j];
        }
    }

    internal static double LogPosterior(IdealVoteData data, double[] theta, double[] disc, double[] cut0, double[] cut1, IdealPointOptions options)
    {
        // Per item in parallel, then summed in item order, so that the total does not depend on the threads.
        var byItem = new double[data.Items];
        Parallel.For(0, data.Items, j =>
        {
            var k = data.Categories[j];
            double sum = 0;
            for (var o = data.ItemOffsets[j]; o < data.ItemOffsets[j + 1]; o++)
            {
                var cat = data.ItemCategory[o];
                var mu = disc[j] * theta[data.ItemStateYear[o]];
                var lower = cat == 0 ? double.NegativeInfinity : (cat == 1 ? cut0[j] : cut1[j]) - mu;
                var upper = cat == k - 1 ? double.PositiveInfinity : (cat == 0 ? cut0[j] : cut1[j]) - mu;
                sum += OrderedProbitTerm.At(lower, upper).LogP;
            }

            sum -= disc[j] * disc[j] / (2 * options.DiscriminationSd * options.DiscriminationSd);
            byItem[j] = sum - (((cut0[j] * cut0[j]) + (k == 3 ? cut1[j] * cut1[j] : 0)) / (2 * options.CutSd * options.CutSd));
        });
        double total = 0;
        for (var j = 0; j < data.Items; j++)
        {
            total += byItem[j];
        }

        for (var s = 0; s < data.States.Count; s++)
        {
            var start = data.StateStart[s];
            total -= theta[start] * theta[start] / (2 * options.FirstYearSd * options.FirstYearSd);
            for (var sy = start + 1; sy < data.StateEnd[s]; sy++)
            {
                var d = theta[sy] - theta[sy - 1];
                total -= d * d / (2 * options.WalkSd * options.WalkSd);
            }
        }

        return total;
    }

    /// <summary>Solves (−H)x = g for a small negative-definite H by Cholesky; false when H is not (numerically) negative definite.</summary>
    internal static bool SolveNegated(ReadOnlySpan<double> h, ReadOnlySpan<double> g, Span<double> x, int n)
    {
        Span<double> l = stackalloc double[9];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = -h[(i * n) + j];
                for (var m = 0; m < j; m++)
                {
                    sum -= l[(i * n) + m] * l[(j * n) + m];
                }

                if (i == j)
                {
                    if (sum <= 1e-12)
                    {
                        return false;
                    }

                    l[(i * n) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * n) + j] = sum / l[(j * n) + j];
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            var sum = g[i];
            for (var m = 0; m < i; m++)
            {
                sum -= l[(i * n) + m] * x[m];
            }

            x[i] = sum / l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var m = i + 1; m < n; m++)
            {
                sum -= l[(m * n) + i] * x[m];
            }

            x[i] = sum / l[(i * n) + i];
        }

        return true;
    }

    /// <summary>The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    internal static double Quantile(double p)
    {
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549671010243936e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        if (p < 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((((((c[0] * q) + c[1]) * q) + c[2]) * q) + c[3]) * q) + c[4]) * q + c[5]) / ((((((((d[0] * q) + d[1]) * q) + d[2]) * q) + d[3]) * q) + 1);
        }

        if (p > 1 - 0.02425)
        {
            return -Quantile(1 - p);
        }

        var r = p - 0.5;
        var s = r * r;
        return (((((((((a[0] * s) + a[1]) * s) + a[2]) * s) + a[3]) * s) + a[4]) * s + a[5]) * r / (((((((((b[0] * s) + b[1]) * s) + b[2]) * s) + b[3]) * s) + b[4]) * s + 1);
    }
}
