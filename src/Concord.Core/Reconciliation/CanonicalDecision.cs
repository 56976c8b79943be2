using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>One decision after every source that records it has been merged.</summary>
public sealed class CanonicalDecision
{
    public int Id { get; set; }

    public required Forum Forum { get; init; }

    /// <summary>Unique key: the symbol where one exists, else the source's own identifier.</summary>
    public required string Key { get; set; }

    public string? Symbol { get; set; }

    public string? Draft { get; set; }

    public string? AlternateSymbol { get; set; }

    /// <summary>The symbol unvotes derived from its <c>unres</c> field, kept to measure whether unvotes's numbers in a
    /// session are the UN's (<see cref="AssemblyResolutionList"/>).</summary>
    public string? UnvotesSymbol { get; set; }

    public DecisionKind Kind { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public DateOnly? Date { get; set; }

    public SourceId? DateSource { get; set; }

    /// <summary>The date is a lower bound, not the day: the vote was on or after it (no source gives the day).</summary>
    public bool DateIsLowerBound { get; set; }

    public string? Session { get; set; }

    public short? RegularSession { get; set; }

    public string? Title { get; set; }

    public string? AgendaItem { get; set; }

    public string? Subjects { get; set; }

    public string? Meeting { get; set; }

    public Tally? Tally { get; set; }

    public SourceId? TallySource { get; set; }

    /// <summary>The tally was counted from one source's own member votes (no independent evidence).</summary>
    public bool TallyFromVotes { get; set; }

    public bool RecordedVote { get; set; }

    public bool? Important { get; set; }

    public string? UndlId { get; set; }

    public List<string> Issues { get; } = [];

    public Dictionary<string, VoteRecord> Votes { get; } = new(StringComparer.Ordinal);

    /// <summary>Vetoing members as each veto list names them.</summary>
    public Dictionary<SourceId, List<string>> VetoersBySource { get; } = [];

    public List<Provenance> Sources { get; } = [];

    /// <summary>The members whose negative vote vetoed the draft, from the best veto list or else from the votes.</summary>
    public IReadOnlyList<string> Vetoers { get; set; } = [];

    /// <summary>Votes a source gave that broke an invariant: kept for the record (<c>data check</c>, <c>show</c>), never analysed.</summary>
    public List<WithheldVote> Withheld { get; } = [];
}

/// <summary>A member's vote and the source line it was taken from.</summary>
public readonly record struct VoteRecord(Vote Vote, SourceId Source, long Line);

/// <summary>A vote a source gave that the invariants kept out of the record, with the class of invariant it broke.</summary>
public readonly record struct WithheldVote(string State, Vote Vote, SourceId Source, string File, long Line, Invariants.InvariantClass Class);

/// <summary>Where a decision's record came from.</summary>
/// <param name="VotesFile">The file its member votes' lines are lines of, where it is not <paramref name="File"/>.</param>
public sealed record Provenance(SourceId Source, string File, long Line, string SourceKey, string? VotesFile = null)
{
    /// <summary>The file a member vote's line from this source is a line of.</summary>
    public string FileOfVotes => VotesFile ?? File;
}
