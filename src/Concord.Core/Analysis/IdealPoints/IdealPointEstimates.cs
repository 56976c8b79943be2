namespace Concord.Analysis.IdealPoints;

/// <summary>A fitted model: every state-year's position and posterior standard deviation, and every item's parameters.</summary>
/// <remarks>Positions are on the fit's own scale (mean 0 and standard deviation 1 over state-years, the United States positive).</remarks>
public sealed class IdealPointEstimates(IdealVoteData data, double[] theta, double[] sd, double[] discrimination, double[] cut0, double[] cut1, int iterations, IdealPointOptions options)
{
    public IdealVoteData Data { get; } = data;

    /// <summary>Position per state-year (indexed as <see cref="IdealVoteData"/>).</summary>
    public double[] Theta { get; } = theta;

    public double[] Sd { get; } = sd;

    public double[] Discrimination { get; } = discrimination;

    public double[] Cut0 { get; } = cut0;

    public double[] Cut1 { get; } = cut1;

    public int Iterations { get; } = iterations;

    /// <summary>The log posterior at these estimates (up to a constant), to compare modes; one more pass over the votes, so made only when asked for.</summary>
    public double LogPosterior => _logPosterior.Value;

    private readonly Lazy<double> _logPosterior = new(() => DynamicOrdinalIrt.LogPosterior(data, theta, discrimination, cut0, cut1, options));

    /// <summary>The state-year index of a state in a year, or −1 outside its span.</summary>
    public int IndexOf(int state, int year)
    {
        var i = Data.StateStart[state] + year - Data.StateFirstYear[state];
        return i >= Data.StateStart[state] && i < Data.StateEnd[state] ? i : -1;
    }
}
