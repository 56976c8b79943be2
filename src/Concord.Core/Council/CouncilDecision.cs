using Concord.Domain;

namespace Concord.Council;

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
    Analysis.Agreement.IssueSet Issues = Analysis.Agreement.IssueSet.None)
{
    public Vote VoteOf(string state) => Votes.TryGetValue(state, out var v) ? v : Vote.Absent;

    public string Label => Symbol ?? Draft ?? $"decision {Id}";
}
