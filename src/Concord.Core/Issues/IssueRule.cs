using System.Text.RegularExpressions;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Issues;

/// <summary>Which text of a decision a rule reads.</summary>
public enum IssueRuleField
{
    /// <summary>Title, agenda item and subject terms together.</summary>
    Any,
    Title,
    Agenda,
    Subjects,

    /// <summary>Title and agenda item together, without the subject terms (which name topics in passing).</summary>
    Heading,
}

/// <summary>What a matching rule does to a decision's areas.</summary>
public enum IssueRuleEffect
{
    /// <summary>Puts the decision in the areas.</summary>
    Add,

    /// <summary>Takes the decision out of the areas again; removals are applied after every addition and implication.</summary>
    Remove,
}

/// <summary>One line of <c>Reference/issue_rules.csv</c>: areas, the text it reads, a pattern, an exception and why.</summary>
/// <remarks>
/// The rule fires when <see cref="Pattern"/> matches the field's text and <see cref="Unless"/> (when given) does not.
/// For the country-situation area the country is <see cref="Country"/> when the rule names one (an ISO3 code, for
/// situations the standard places in a territory rather than in the state a title names), else the pattern's first
/// group as written, resolved to a state later.
/// </remarks>
public sealed record IssueRule(int Line, IssueSet Areas, IssueRuleEffect Effect, IssueRuleField Field, Regex Pattern, Regex? Unless, string? Country, string Why)
{
    /// <summary>The rule as a reader names it: its line in the rules file.</summary>
    public string Id => $"issue_rules.csv:{Line}";
}
