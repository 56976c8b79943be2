namespace Concord.Analysis.IdealPoints;

/// <summary>Where <see cref="DynamicOrdinalIrt"/> starts its climb; the posterior has more than one mode, so the start chooses among them.</summary>
public enum IdealPointStart
{
    /// <summary>Each state-year's mean vote (0 yes … 1 no), standardised.</summary>
    MeanVote,

    /// <summary>Each state-year's agreement with the anchor state on the votes both cast that year.</summary>
    AnchorAgreement,

    /// <summary>The mean vote, with each year's cross-section turned (mirrored about its mean) where it runs against
    /// agreement with the anchor, so that every year starts with the same orientation.</summary>
    OrientedMeanVote,
}
