namespace Concord.Domain;

/// <summary>How a state holds its Security Council seat.</summary>
public enum CouncilSeatKind
{
    /// <summary>One of the five seats named in Article 23 of the Charter (the China and USSR seats whoever held them).</summary>
    Permanent,

    /// <summary>Elected by the General Assembly, normally for two years (some one-year and split terms before 1966 and in 2017–2018).</summary>
    Elected,
}
