using Concord.Domain;
using Concord.Sponsorships;

namespace Concord.Sources;

/// <summary>One decision as a single source records it, before reconciliation with the other sources.</summary>
public sealed class SourceDecision
{
    public required SourceId Source { get; init; }

    /// <summary>The file (relative to the data directory) and line the decision came from.</summary>
    public required string File { get; init; }

    public required long Line { get; init; }

    /// <summary>The file the member votes' lines are lines of, where it is not <see cref="File"/> (unvotes keeps its roll
    /// calls and its votes in two files).</summary>
    public string? VotesFile { get; init; }

    /// <summary>The file a <see cref="SourceVote.Line"/> of this record is a line of.</summary>
    public string FileOfVotes => VotesFile ?? File;

    /// <summary>The source's own identifier for the record (unvotes rcid, UNDL record id, draft ID).</summary>
    public required string SourceKey { get; init; }

    public required Forum Forum { get; init; }

    /// <summary>Canonical symbol of the resolution, or of the draft when no resolution was adopted.</summary>
    public string? Symbol { get; set; }

    public string? Draft { get; set; }

    /// <summary>A resolution symbol the source suggests but does not establish (a number typed with the wrong year).</summary>
    public string? AlternateSymbol { get; set; }

    public DecisionKind Kind { get; set; } = DecisionKind.Resolution;

    public DecisionOutcome Outcome { get; set; } = DecisionOutcome.Adopted;

    public DateOnly? Date { get; set; }

    public string? Session { get; set; }

    /// <summary>The regular General Assembly session a roll call is counted in, where the source says (unvotes does,
    /// also for special and emergency special sessions).</summary>
    public short? RegularSession { get; set; }

    public string? Title { get; set; }

    public string? AgendaItem { get; set; }

    public string? Subjects { get; set; }

    public string? Meeting { get; set; }

    public Tally? Tally { get; set; }

    /// <summary>Whether members' votes were recorded (false for adoption without a vote).</summary>
    public bool RecordedVote { get; set; } = true;

    public bool? Important { get; set; }

    public string? UndlId { get; set; }

    /// <summary>Issue codes a source attaches (the six unvotes issues).</summary>
    public List<string> Issues { get; } = [];

    public List<SourceVote> Votes { get; } = [];

    /// <summary>Permanent members a veto list names as casting the negative vote.</summary>
    public List<string> Vetoers { get; } = [];

    /// <summary>States the source names as submitting the draft (where it says).</summary>
    public List<string> Sponsors { get; } = [];

    /// <summary>The sponsor lists of an Assembly resolution (DGACM), every entry read: states, organs and names that
    /// could not be mapped. Apart from <see cref="Sponsors"/>, which the invariants check against the votes.</summary>
    public List<SourceSponsorship> Sponsorships { get; } = [];

    /// <summary>The source says the text was adopted unanimously (so every member's vote must be yes).</summary>
    public bool StatedUnanimous { get; set; }

    /// <summary>The tally was counted from this record's own member votes, so it is no independent evidence.</summary>
    public bool TallyFromVotes { get; set; }
}

/// <summary>One member's vote as a source records it, with the line it is on.</summary>
public readonly record struct SourceVote(string State, Vote Vote, long Line);
