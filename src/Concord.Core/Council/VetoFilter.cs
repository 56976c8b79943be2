using Concord.Domain;

namespace Concord.Council;

/// <summary>The vetoed drafts, filtered by who vetoed, when and on what.</summary>
public static class VetoFilter
{
    /// <param name="by">Permanent members (codes); a veto counts when any of them cast it, or with <paramref name="joint"/> all of them.</param>
    /// <param name="joint">Only vetoes cast by two or more permanent members (by all of <paramref name="by"/> when given).</param>
    /// <param name="topic">A topic, or part of one, case-insensitive.</param>
    /// <param name="amendments">List the vetoed amendments instead of the vetoed drafts: a veto of an amendment is
    /// counted apart, never as a veto of a draft resolution.</param>
    public static IReadOnlyList<CouncilDecision> List(CouncilRecord record, IReadOnlyCollection<string> by, bool joint, int? fromYear, int? toYear, string? topic, bool amendments = false)
    {
        var result = new List<CouncilDecision>();
        foreach (var d in record.Decisions)
        {
            if (d.Outcome != DecisionOutcome.Vetoed || (d.Kind == DecisionKind.Amendment) != amendments
                || (fromYear is { } f && d.Date.Year < f) || (toYear is { } t && d.Date.Year > t))
            {
                continue;
            }

            if (topic is not null && !d.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var matches = by.Count == 0
                ? (!joint || d.Vetoers.Count >= 2)
                : joint ? by.All(s => d.Vetoers.Contains(s)) && d.Vetoers.Count >= 2 : by.Any(s => d.Vetoers.Contains(s));
            if (matches)
            {
                result.Add(d);
            }
        }

        return result;
    }

    /// <summary>What the sources cover, so that a gap is stated rather than read as "no vetoes".</summary>
    public static IReadOnlyList<string> CoverageNotes(CouncilRecord record)
    {
        var vetoed = record.Decisions.Where(d => d.Outcome == DecisionOutcome.Vetoed && d.Kind != DecisionKind.Amendment).ToList();
        var withVotes = vetoed.Where(d => d.Votes.Count > 0).ToList();
        var failed = record.Decisions.Where(d => d.Outcome == DecisionOutcome.Failed && d.Kind != DecisionKind.Amendment).ToList();
        var notes = new List<string>
        {
            $"Vetoes 1946 to 2022 come from the Dag Hammarskjöld Library's veto list and the World Politics Data Lab's coded copy; " +
            $"vetoes with every member's vote from the drafts compilation (from 1994) and, for {withVotes.Count(d => d.Date.Year < 1994)} earlier ones, the failed-drafts subset, {Range(withVotes)}. Last veto on record: {(vetoed.Count > 0 ? vetoed[^1].Date.ToString("yyyy-MM-dd") : "none")}; later vetoes are not in any source here.",
            $"Drafts that failed for lack of votes (not vetoed) are known only {Range(failed)}; no source here lists earlier ones.",
        };
        return notes;
    }

    private static string Range(List<CouncilDecision> list) =>
        list.Count == 0 ? "for no period" : $"{list[0].Date:yyyy-MM-dd} to {list[^1].Date:yyyy-MM-dd}";
}
