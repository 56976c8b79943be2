using Concord.Analysis.Agreement;

namespace Concord.Domain;

/// <summary>Why a decision is in an area: the evidence that put it there and the words it matched.</summary>
/// <param name="Evidence">The rule (<c>issue_rules.csv:LINE</c>) or the implication (<c>implied-by:AREA</c>).</param>
/// <param name="Why">The rule's reason, or the standard's implication in words.</param>
/// <param name="Matched">The words of the decision the rule matched, or the implying area's code.</param>
/// <param name="Country">For a country situation, the country as the rule gives it (null otherwise).</param>
public sealed record IssueMatch(IssueSet Area, string Evidence, string Why, string Matched, string? Country)
{
    /// <summary>The evidence name of an area that another area implies.</summary>
    public static string ImpliedBy(IssueSet area) => "implied-by:" + IssueSets.Code(area);
}
