using Concord.Analysis.Agreement;

namespace Concord.Domain;

/// <summary>A decision's issue areas and, for each, the rule that put it there.</summary>
public sealed record IssueClassification(IssueSet Areas, IReadOnlyList<IssueMatch> Matches)
{
    public static IssueClassification None { get; } = new(IssueSet.None, []);
}
