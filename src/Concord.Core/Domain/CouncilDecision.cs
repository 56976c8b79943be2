using Concord.Domain;

namespace Concord.Domain;

/// <summary>One Council decision with everything the Council analyses need: votes, vetoers, topic.</summary>
/// <remarks><see cref="Votes"/> holds the members' recorded votes (empty for early vetoes known only from the veto lists).</remarks>
public sealed record CouncilDecision(
    int Id,
    string? Symbol,
    string? Draft,
    DateOnly Date,
    DecisionKind Kind,
    DecisionOutcome Outcome,
    string? Title,
    string? AgendaItem,
    string? Meeting,
    Tally? Tally,
    bool RecordedVote,
    IReadOnlyDictionary<string, Vote> Votes,
    IReadOnlyList<string> Vetoers,
    string Topic,
    Domain.IssueSet Issues = Domain.IssueSet.None)
{
    /// <summary>The vetoing members as the record names them (the USSR as SUN), where <see cref="Vetoers"/> may name
    /// the seat's present holder (Russia) when predecessors are joined.</summary>
    public IReadOnlyList<string> VetoersAsCast { get; init; } = [];

    /// <summary>The vetoers as cast, each with the seat it is counted under when that differs: "SUN (seat: RUS)".</summary>
    public IReadOnlyList<string> VetoedByLabels => VetoersAsCast.Count == Vetoers.Count
        ? [.. VetoersAsCast.Select((s, i) => s == Vetoers[i] ? s : $"{s} (seat: {Vetoers[i]})")]
        : Vetoers;

    /// <summary><see cref="VetoedByLabels"/> on one line.</summary>
    public string VetoedByText => string.Join(" ", VetoedByLabels);

    public Vote VoteOf(string state) => Votes.TryGetValue(state, out var v) ? v : Vote.Absent;

    public string Label => Symbol ?? Draft ?? $"decision {Id}";
}
