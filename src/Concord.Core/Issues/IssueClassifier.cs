using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;

namespace Concord.Issues;

/// <summary>Puts a decision in zero or more issue areas from its title, agenda item and UN subject terms.</summary>
/// <remarks>
/// The areas follow the labelling standard of the hand-labelled resolutions (<c>shared/data/labels/README.md</c>).
/// The rules live in one readable file (<c>Reference/issue_rules.csv</c>) rather than in code, so that a reader can
/// see and change why a decision is where it is; <see cref="Classify"/> returns the evidence behind every area.
/// Three passes: the adding rules; then the standard's implications (<see cref="IssueSets.Implications"/>, e.g.
/// palestine brings middle_east); then the removing rules, so that the standard's named exceptions (the IAEA report is
/// nuclear without arms_control) win over an implication.
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
        var texts = new Texts(title ?? "", agenda ?? "", subjects ?? "");
        var areas = IssueSet.None;
        var matches = new List<IssueMatch>();
        foreach (var rule in _rules)
        {
            if (rule.Effect != IssueRuleEffect.Add)
            {
                continue;
            }

            var text = texts.Of(rule.Field);
            var m = rule.Pattern.Match(text);
            if (!m.Success || (rule.Unless is not null && rule.Unless.IsMatch(text)))
            {
                continue;
            }

            areas |= rule.Areas;
            foreach (var (flag, _, _) in IssueSets.All)
            {
                if ((rule.Areas & flag) != 0)
                {
                    var country = flag != IssueSet.CountryHumanRights ? null
                        : rule.Country ?? (m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value.Trim() : null);
                    matches.Add(new IssueMatch(flag, rule.Id, rule.Why, m.Value, country));
                }
            }
        }

        areas = Imply(areas, matches);
        foreach (var rule in _rules)
        {
            if (rule.Effect != IssueRuleEffect.Remove || (areas & rule.Areas) == 0)
            {
                continue;
            }

            var text = texts.Of(rule.Field);
            if (rule.Pattern.IsMatch(text) && (rule.Unless is null || !rule.Unless.IsMatch(text)))
            {
                areas &= ~rule.Areas;
                matches.RemoveAll(x => (x.Area & rule.Areas) != 0);
            }
        }

        return areas == IssueSet.None ? IssueClassification.None : new IssueClassification(areas, matches);
    }

    /// <summary>Adds every area an area present implies, each with the implication as its evidence.</summary>
    private static IssueSet Imply(IssueSet areas, List<IssueMatch> matches)
    {
        var all = IssueSets.WithImplied(areas);
        foreach (var (from, to) in IssueSets.Implications)
        {
            // Only an area no rule gave gets the implication as evidence: a rule that names it is the better reason.
            if ((all & from) != 0 && (areas & to) == 0 && !matches.Exists(x => x.Area == to))
            {
                matches.Add(new IssueMatch(to, IssueMatch.ImpliedBy(from), $"{IssueSets.Code(from)} implies {IssueSets.Code(to)} (labelling standard)", IssueSets.Code(from), null));
            }
        }

        return all;
    }

    /// <summary>The texts a rule can read, the joined ones built once per decision rather than once per rule.</summary>
    private sealed class Texts(string title, string agenda, string subjects)
    {
        private readonly string _heading = title + " | " + agenda;
        private readonly string _any = title + " | " + agenda + " | " + subjects;

        public string Of(IssueRuleField field) => field switch
        {
            IssueRuleField.Title => title,
            IssueRuleField.Agenda => agenda,
            IssueRuleField.Subjects => subjects,
            IssueRuleField.Heading => _heading,
            _ => _any,
        };
    }
}
