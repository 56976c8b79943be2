using System.Text.RegularExpressions;
using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Reference;

/// <summary>The topic of a Council decision, from ordered rules kept in one readable file (<c>Reference/sc_topics.csv</c>).</summary>
/// <remarks>
/// Each rule is a topic and a case-insensitive pattern tried on the decision's agenda item, title and subjects; the
/// first rule that matches gives the topic, so country situations (listed first) win over themes such as sanctions
/// or peacekeeping. <see cref="Explain"/> tells which rule matched and on what text.
/// </remarks>
public sealed class CouncilTopics
{
    private readonly (string Topic, Regex Pattern)[] _rules;

    private CouncilTopics((string, Regex)[] rules) => _rules = rules;

    public static CouncilTopics Default { get; } = Parse(StateRegistry.ReadResource("sc_topics.csv"));

    public IEnumerable<string> Topics => _rules.Select(r => r.Topic);

    public static CouncilTopics Parse(string csv)
    {
        var rules = new List<(string, Regex)>();
        using var r = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in r)
        {
            // Linear-time matching (the rules use no look-arounds or back-references), so a long title can never make a
            // match backtrack; a wall-clock timeout would instead fail at random on a busy machine.
            rules.Add((row["topic"].ToString().Trim(), new Regex(row["pattern"].ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)));
        }

        return new CouncilTopics([.. rules]);
    }

    public string Classify(string? agendaItem, string? title, string? subjects) => Explain(agendaItem, title, subjects).Topic;

    /// <summary>The topic, the pattern that matched and the text it matched in.</summary>
    public (string Topic, string Rule, string? MatchedIn) Explain(string? agendaItem, string? title, string? subjects)
    {
        foreach (var (topic, pattern) in _rules)
        {
            foreach (var (field, text) in new[] { ("agenda item", agendaItem), ("title", title), ("subjects", subjects) })
            {
                if (!string.IsNullOrEmpty(text) && pattern.IsMatch(text))
                {
                    return (topic, pattern.ToString(), field);
                }
            }
        }

        return ("Other", "", null);
    }
}
