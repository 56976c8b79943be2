namespace Concord.Domain;

/// <summary>Every state-year's ideal point from one fit, and what the fit was.</summary>
public sealed class IdealPointSet
{
    private readonly Dictionary<(string, int), IdealPoint> _byStateYear;

    public IdealPointSet(IReadOnlyList<IdealPoint> points, string model, DateTime fittedAtUtc, int? iterations = null)
    {
        Iterations = iterations;
        Points = points;
        Model = model;
        FittedAtUtc = fittedAtUtc;
        _byStateYear = new Dictionary<(string, int), IdealPoint>(points.Count);
        foreach (var p in points)
        {
            _byStateYear[(p.State, p.Year)] = p;
        }
    }

    /// <summary>Sorted by state, then year.</summary>
    public IReadOnlyList<IdealPoint> Points { get; }

    /// <summary>The model, its priors and the scale, in words (stored with the cache so a changed model is refitted).</summary>
    public string Model { get; }

    public DateTime FittedAtUtc { get; }

    /// <summary>The iterations the fit took (null when read from the cache).</summary>
    public int? Iterations { get; }

    /// <summary>One state's positions, year by year.</summary>
    public IReadOnlyList<IdealPoint> ForState(string state) => [.. Points.Where(p => p.State == state).OrderBy(p => p.Year)];

    public bool TryGet(string state, int year, out IdealPoint point) => _byStateYear.TryGetValue((state, year), out point);

    /// <summary>|position(a) − position(b)| for every year both have a position, in year order.</summary>
    public IReadOnlyList<(int Year, double Distance)> Distance(string a, string b)
    {
        var result = new List<(int, double)>();
        foreach (var p in Points)
        {
            if (p.State == a && TryGet(b, p.Year, out var q))
            {
                result.Add((p.Year, Math.Abs(p.Position - q.Position)));
            }
        }

        return result;
    }
}
