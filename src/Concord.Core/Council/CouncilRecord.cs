using Concord.Domain;
using Concord.States;

namespace Concord.Council;

/// <summary>Every Security Council decision in the database, with votes and vetoes, in date order.</summary>
public sealed class CouncilRecord
{
    /// <summary>A record of decisions in date order; the store reads one from the database (<see cref="Store.CouncilRecordLoader"/>).</summary>
    public CouncilRecord(IReadOnlyList<CouncilDecision> decisions) => Decisions = decisions;

    public IReadOnlyList<CouncilDecision> Decisions { get; }

    /// <summary>The decisions in any of the issue areas of <paramref name="issue"/> (all of them for <see cref="Analysis.Agreement.IssueSet.None"/>).</summary>
    public CouncilRecord InIssue(Analysis.Agreement.IssueSet issue) =>
        issue == Analysis.Agreement.IssueSet.None ? this : new([.. Decisions.Where(d => (d.Issues & issue) != 0)]);
}
