namespace Concord.Analysis.IdealPoints;

/// <summary>Every parameter of one point of the fit (positions and item parameters), as the accelerated iteration moves them together.</summary>
internal sealed class IrtParameters(int stateYears, int items)
{
    public double[] Theta { get; } = new double[stateYears];

    public double[] Discrimination { get; } = new double[items];

    public double[] Cut0 { get; } = new double[items];

    public double[] Cut1 { get; } = new double[items];

    public void CopyFrom(IrtParameters other)
    {
        Array.Copy(other.Theta, Theta, Theta.Length);
        Array.Copy(other.Discrimination, Discrimination, Discrimination.Length);
        Array.Copy(other.Cut0, Cut0, Cut0.Length);
        Array.Copy(other.Cut1, Cut1, Cut1.Length);
    }

    /// <summary>The largest change of a position from <paramref name="before"/>.</summary>
    public double LargestMoveFrom(IrtParameters before)
    {
        var change = 0.0;
        for (var i = 0; i < Theta.Length; i++)
        {
            change = Math.Max(change, Math.Abs(Theta[i] - before.Theta[i]));
        }

        return change;
    }

    /// <summary>The squared-extrapolation step of SQUAREM (Varadhan and Roland 2008) from three successive iterates
    /// x0, x1 = F(x0), x2 = F(x1): this = x0 + 2a·r + a²·v with r = x1 − x0, v = x2 − 2·x1 + x0 and
    /// a = min(|r| / |v|, <paramref name="largest"/>); returns a (1 gives x2 itself).</summary>
    public double Extrapolate(IrtParameters x0, IrtParameters x1, IrtParameters x2, double largest)
    {
        double rr = 0, vv = 0;
        Sums(Theta.Length, x0.Theta, x1.Theta, x2.Theta, ref rr, ref vv);
        Sums(Discrimination.Length, x0.Discrimination, x1.Discrimination, x2.Discrimination, ref rr, ref vv);
        Sums(Cut0.Length, x0.Cut0, x1.Cut0, x2.Cut0, ref rr, ref vv);
        Sums(Cut1.Length, x0.Cut1, x1.Cut1, x2.Cut1, ref rr, ref vv);
        var a = vv > 0 ? Math.Clamp(Math.Sqrt(rr / vv), 1, largest) : 1;
        Apply(Theta, x0.Theta, x1.Theta, x2.Theta, a);
        Apply(Discrimination, x0.Discrimination, x1.Discrimination, x2.Discrimination, a);
        Apply(Cut0, x0.Cut0, x1.Cut0, x2.Cut0, a);
        Apply(Cut1, x0.Cut1, x1.Cut1, x2.Cut1, a);
        return a;
    }

    /// <summary>Whether every three-category item's cut-points are still in order (an extrapolation can cross them).</summary>
    public bool CutsInOrder(int[] categories)
    {
        for (var j = 0; j < Cut0.Length; j++)
        {
            if (categories[j] == 3 && !(Cut1[j] > Cut0[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Sums(int n, double[] x0, double[] x1, double[] x2, ref double rr, ref double vv)
    {
        for (var i = 0; i < n; i++)
        {
            var r = x1[i] - x0[i];
            var v = x2[i] - (2 * x1[i]) + x0[i];
            rr += r * r;
            vv += v * v;
        }
    }

    private static void Apply(double[] into, double[] x0, double[] x1, double[] x2, double a)
    {
        for (var i = 0; i < into.Length; i++)
        {
            var r = x1[i] - x0[i];
            var v = x2[i] - (2 * x1[i]) + x0[i];
            into[i] = x0[i] + (2 * a * r) + (a * a * v);
        }
    }
}
