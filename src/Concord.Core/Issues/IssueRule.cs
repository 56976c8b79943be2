using System.Text.RegularExpressions;
using Concord.Analysis.Agreement;

namespace Concord.Issues;

/// <summary>Which text of a decision a rule reads.</summary>
public enum IssueRuleField
{
    /// <summary>Title, agenda item and subject terms together.</summary>
    Any,
    Title,
    Agenda,
    Subjects,
}

/// <summary>What a matching rule does to a decision's areas.</summary>
public enum IssueRuleEffect
{
    /// <summary>Puts the decision in the area.</summary>
    Add,

    /// <summary>Takes the decision out of the area again; removals are applied after every addition.</summary>
    Remove,
}

/// <summary>One line of <c>Reference/issue_rules.csv</c>: an area, the text it reads, a pattern, an exception and why.</summary>
/// <remarks>
/// The rule fires when <see cref="Pattern"/> matches the field's text and <see cref="Unless"/> (when given) does not.
/// For the country-situation area the pattern's first group is the country as written, resolved to a state later.
/// </remarks>
public sealed record IssueRule(int Line, IssueSet Area, IssueRuleEffect Effect, IssueRuleField Field, Regex Pattern, Regex? Unless, string Why)
{
    /// <summary>The rule as a reader names it: its line in the rules file.</summary>
    public string Id => $"issue_rules.csv:{Line}";
}
