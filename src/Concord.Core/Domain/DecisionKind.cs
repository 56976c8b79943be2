namespace Concord.Domain;

/// <summary>What was put to the vote.</summary>
public enum DecisionKind
{
    /// <summary>A resolution (adopted) or the vote on a draft resolution as a whole.</summary>
    Resolution,

    /// <summary>A draft that was not adopted (vetoed or failed); it has no resolution number.</summary>
    Draft,

    /// <summary>A vote on an amendment to a draft.</summary>
    Amendment,

    /// <summary>A separate vote on one paragraph or part of a draft.</summary>
    Paragraph,

    /// <summary>A procedural or other decision (early Council vetoes on admissions, elections).</summary>
    Procedural,

    /// <summary>Another recorded vote under a resolution's symbol (on a paragraph, an amendment or a motion) that the
    /// source does not say which; never the vote on the whole text.</summary>
    SeparateVote,

    /// <summary>A decision of the General Assembly (from the 31st session numbered from 401 in each session, apart from
    /// its resolutions: "decision 33/429"): an election, an appointment, a budget approval, a report taken note of.</summary>
    AssemblyDecision,
}
