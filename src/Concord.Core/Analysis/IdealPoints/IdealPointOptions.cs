namespace Concord.Analysis.IdealPoints;

/// <summary>The priors and stopping rule of <see cref="DynamicOrdinalIrt"/>; positions are in units of their overall standard deviation.</summary>
/// <param name="WalkSd">σ of the yearly random-walk step of a state's position.</param>
/// <param name="FirstYearSd">Prior standard deviation of a state's position in its first year.</param>
/// <param name="DiscriminationSd">Prior standard deviation of each item's discrimination.</param>
/// <param name="CutSd">Prior standard deviation of each item's cut-points.</param>
/// <param name="Tolerance">Stop when no position moves more than this in an iteration.</param>
/// <param name="MaxIterations">Stop after this many iterations whatever the change.</param>
/// <param name="Seed">Jitters the start values (0: none); a refit with another seed checks that the fit does not depend on where it started.</param>
/// <param name="Start">Where the fit starts (see <see cref="IdealPointStart"/> and docs/methods.md).</param>
public sealed record IdealPointOptions(
    double WalkSd = 0.15,
    double FirstYearSd = 1.0,
    double DiscriminationSd = 2.5,
    double CutSd = 5.0,
    double Tolerance = 1e-3,
    int MaxIterations = 400,
    int Seed = 0,
    IdealPointStart Start = IdealPointStart.OrientedMeanVote)
{
    public static IdealPointOptions Default { get; } = new();

    private string StartName => Start switch
    {
        IdealPointStart.MeanVote => "mean vote",
        IdealPointStart.AnchorAgreement => "agreement with the anchor",
        _ => "mean vote oriented by the anchor each year",
    };

    public string Describe() => FormattableString.Invariant(
        $"dynamic ordered probit, joint posterior mode; walk sd {WalkSd}, first-year sd {FirstYearSd}, discrimination sd {DiscriminationSd}, cut-point sd {CutSd}; start: {StartName}");
}
