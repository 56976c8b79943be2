using Concord.Analysis.Agreement;

namespace Concord.Issues;

/// <summary>Why a decision is in an area: the rule that put it there and the words it matched.</summary>
/// <param name="Country">For a country situation, the country as the text names it (null otherwise).</param>
public sealed record IssueMatch(IssueSet Area, IssueRule Rule, string Matched, string? Country);
