using Concord.Analysis.Agreement;
using Concord.States;

namespace Concord.Issues;

/// <summary>Puts a decision in zero or more issue areas from its title, agenda item and UN subject terms.</summary>
/// <remarks>
/// The rules live in one readable file (<c>Reference/issue_rules.csv</c>) rather than in code, so that a reader can
/// see and change why a decision is where it is; <see cref="Classify"/> returns the rule behind every area.
/// The rules were tuned against the <c>unvotes</c> issue codes of sessions before 60 and are scored on sessions
/// 60–74 (docs/methods.md).
/// </remarks>
public sealed class IssueClassifier
{
    public const string RulesFile = "issue_rules.csv";

    private readonly IReadOnlyList<IssueRule> _rules;

    public IssueClassifier(IReadOnlyList<IssueRule> rules) => _rules = rules;

    public static IssueClassifier Default { get; } = new(IssueRuleSet.Parse(StateRegistry.ReadResource(RulesFile), "Reference/" + RulesFile));

    public IReadOnlyList<IssueRule> Rules => _rules;

    public IssueClassification Classify(string? title, string? agenda, string? subjects)
    {
        var any = string.Join(" | ", title ?? "", agenda ?? "", subjects ?? "");
        var areas = IssueSet.None;
        var matches = new List<IssueMatch>();
        foreach (var rule in _rules)
        {
            if (rule.Effect != IssueRuleEffect.Add)
            {
                continue;
            }

            var text = Text(rule.Field, title, agenda, subjects, any);
            var m = rule.Pattern.Match(text);
            if (!m.Success || (rule.Unless is not null && rule.Unless.IsMatch(text)))
            {
                continue;
            }

            areas |= rule.Area;
            var country = rule.Area == IssueSet.CountryHumanRights && m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value.Trim() : null;
            matches.Add(new IssueMatch(rule.Area, rule, m.Value, country));
        }

        foreach (var rule in _rules)
        {
            if (rule.Effect != IssueRuleEffect.Remove || (areas & rule.Area) == 0)
            {
                continue;
            }

            var text = Text(rule.Field, title, agenda, subjects, any);
            if (rule.Pattern.IsMatch(text) && (rule.Unless is null || !rule.Unless.IsMatch(text)))
            {
                areas &= ~rule.Area;
                matches.RemoveAll(x => x.Area == rule.Area);
            }
        }

        return areas == IssueSet.None ? IssueClassification.None : new IssueClassification(areas, matches);
    }

    private static string Text(IssueRuleField field, string? title, string? agenda, string? subjects, string any) => field switch
    {
        IssueRuleField.Title => title ?? "",
        IssueRuleField.Agenda => agenda ?? "",
        IssueRuleField.Subjects => subjects ?? "",
        _ => any,
    };
}
