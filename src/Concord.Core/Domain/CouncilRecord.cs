using Concord.Domain;
using Concord.States;

namespace Concord.Domain;

/// <summary>Every Security Council decision in the database, with votes and vetoes, in date order.</summary>
public sealed class CouncilRecord
{
    /// <summary>A record of decisions in date order; the store reads one from the database (<see cref="Store.CouncilRecordLoader"/>).</summary>
    public CouncilRecord(IReadOnlyList<CouncilDecision> decisions) => Decisions = decisions;

    public IReadOnlyList<CouncilDecision> Decisions { get; }

    /// <summary>The decisions in any of the issue areas of <paramref name="issue"/> (all of them for <see cref="Domain.IssueSet.None"/>).</summary>
    public CouncilRecord InIssue(Domain.IssueSet issue) =>
        issue == Domain.IssueSet.None ? this : new([.. Decisions.Where(d => (d.Issues & issue) != 0)]);
}
