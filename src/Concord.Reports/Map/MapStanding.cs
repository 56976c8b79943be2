namespace Concord.Reports.Map;

/// <summary>How a state appears on the map of where states stand between A and B in one period.</summary>
public enum MapStanding
{
    /// <summary>A itself.</summary>
    A,

    /// <summary>B itself.</summary>
    B,

    /// <summary>It voted, with enough common votes with both: coloured by its difference.</summary>
    Lean,

    /// <summary>It voted, but shares fewer than the minimum common votes with A or with B.</summary>
    TooFew,

    /// <summary>A UN member in the period that cast no recorded vote in it.</summary>
    Absent,

    /// <summary>No UN seat of its own in the period: a territory, a non-member, a state not yet admitted.</summary>
    NoSeat,
}
