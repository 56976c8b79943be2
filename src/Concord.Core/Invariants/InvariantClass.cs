namespace Concord.Invariants;

/// <summary>The classes of statement the record must never make, each checked on every decision at sync.</summary>
/// <remarks>The checks themselves are in <see cref="RecordInvariants"/>; docs/data.md lists them with their repairs.</remarks>
public enum InvariantClass
{
    /// <summary>A vote by a state that was not a member: in the Assembly not yet admitted (or gone) that day, on the
    /// Council not seated that year.</summary>
    VoterNotMember,

    /// <summary>A source's member votes contradict what the same record states: "adopted unanimously" with a
    /// negative vote, a tally its own lists do not add up to, an adoption short of the votes it needs.</summary>
    VotesContradictRecord,

    /// <summary>A Council member recorded as voting against the draft it submitted: the source's votes are inverted
    /// or attached to the wrong draft.</summary>
    SponsorVotedAgainst,

    /// <summary>A published tally that differs from the member votes counted.</summary>
    TallyMismatch,

    /// <summary>"Vetoed" without a permanent member's negative vote, or without the affirmative votes that would
    /// otherwise have carried the draft (9; 7 before 1966): such a draft failed.</summary>
    VetoWithoutGrounds,

    /// <summary>Decisions of one meeting dated differently, or a meeting dated out of the order of its number.</summary>
    MeetingDateConflict,

    /// <summary>One veto recorded as two events (one source's typo in a meeting symbol).</summary>
    DuplicateVeto,

    /// <summary>A separate vote (on a paragraph, an amendment or a motion) recorded under the identity and title of
    /// the resolution it belongs to.</summary>
    SeparateVoteNamedAsResolution,

    /// <summary>A roll call recorded as an adopted resolution that the UN's own list of the session's adopted
    /// resolutions does not hold (a motion, an amendment, a paragraph, a draft that failed), in a session whose list is
    /// complete by the UN Library's count.</summary>
    RollCallNotAnAdoptedResolution,

    /// <summary>A symbol that does not fit the UN's numbering: a number outside its session's or year's range, or a
    /// session whose roll-call numbers in one source are not the UN's resolution numbers.</summary>
    SymbolOutsideNumbering,

    /// <summary>A Council resolution symbol whose number does not fit its year's numbering (numbers rise with the year:
    /// S/RES/425(2002) is S/RES/1425(2002) typed short), or whose year is not its vote's: a decision that does not exist.</summary>
    ResolutionNumberOutOfYear,
}

/// <summary>What became of a violation.</summary>
public enum ViolationOutcome
{
    /// <summary>Another source satisfies the invariant and its value is used; the choice is recorded.</summary>
    Repaired,

    /// <summary>No source satisfies it: the offending votes are kept out of every analysis.</summary>
    Quarantined,

    /// <summary>Not an error in the record: the reason is stated, a fact with the source that states it (e.g. the member votes
    /// are not on record).</summary>
    Explained,

    /// <summary>Both values kept as the sources give them, and no source here says why they differ: the row says so
    /// rather than give a cause nobody checked.</summary>
    Unexplained,
}

public static class InvariantClasses
{
    public static string Code(this InvariantClass c) => c switch
    {
        InvariantClass.VoterNotMember => "voter-not-member",
        InvariantClass.VotesContradictRecord => "votes-contradict-record",
        InvariantClass.SponsorVotedAgainst => "sponsor-voted-against",
        InvariantClass.TallyMismatch => "tally-mismatch",
        InvariantClass.VetoWithoutGrounds => "veto-without-grounds",
        InvariantClass.MeetingDateConflict => "meeting-date-conflict",
        InvariantClass.DuplicateVeto => "duplicate-veto",
        InvariantClass.SeparateVoteNamedAsResolution => "separate-vote-as-resolution",
        InvariantClass.RollCallNotAnAdoptedResolution => "roll-call-not-a-resolution",
        InvariantClass.SymbolOutsideNumbering => "symbol-outside-numbering",
        InvariantClass.ResolutionNumberOutOfYear => "resolution-number-out-of-year",
        _ => c.ToString(),
    };

    public static string Code(this ViolationOutcome o) => o.ToString().ToLowerInvariant();
}
