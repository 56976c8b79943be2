using Concord.Council;
using Concord.Domain;
using Concord.Invariants;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Settles who vetoed a draft: the Charter's rule on the votes where every vote is known, else the veto lists.</summary>
internal sealed class VetoFinisher(DisagreementLog log, List<InvariantViolation> violations)
{
    private static readonly HashSet<string> s_permanentSeats = ["CHN", "TWN", "FRA", "GBR", "USA", "RUS", "SUN"];

    public void Finish(CanonicalDecision c)
    {
        if (c.Forum != Forum.SecurityCouncil || c.Outcome is not (DecisionOutcome.Vetoed or DecisionOutcome.Failed))
        {
            return;
        }

        ClassifyByVotes(c);
        if (c.Outcome != DecisionOutcome.Vetoed)
        {
            c.Vetoers = [];
            return;
        }

        var fromVotes = c.Votes.Where(v => v.Value.Vote == Vote.No && s_permanentSeats.Contains(v.Key)).Select(v => v.Key).Order(StringComparer.Ordinal).ToList();
        var lists = c.VetoersBySource.OrderByDescending(kv => kv.Key.Precedence()).ToList();
        c.Vetoers = lists.Count > 0 ? [.. lists[0].Value.Order(StringComparer.Ordinal)] : fromVotes;
        foreach (var (source, names) in lists.Skip(1))
        {
            var sorted = names.Order(StringComparer.Ordinal).ToList();
            if (!sorted.SequenceEqual(c.Vetoers))
            {
                var a = c.Sources.Last(p => p.Source == source);
                var b = c.Sources.Last(p => p.Source == lists[0].Key);
                log.Add(new Disagreement(c.Key, c.Symbol, "vetoers", null, source, string.Join(",", sorted), a.File, a.Line, lists[0].Key, string.Join(",", c.Vetoers), b.File, b.Line, string.Join(",", c.Vetoers)));
            }
        }

        if (lists.Count > 0 && fromVotes.Count > 0 && !fromVotes.SequenceEqual(c.Vetoers))
        {
            var voteSource = c.Votes.Values.First().Source;
            var a = c.Sources.Last(p => p.Source == voteSource);
            var b = c.Sources.Last(p => p.Source == lists[0].Key);
            log.Add(new Disagreement(c.Key, c.Symbol, "vetoers", null, voteSource, string.Join(",", fromVotes), a.File, a.Line, lists[0].Key, string.Join(",", c.Vetoers), b.File, b.Line, string.Join(",", c.Vetoers)));
        }
    }

    /// <summary>
    /// Where every member's vote is on record, the Charter's rule decides between vetoed and failed: a draft short of
    /// the required affirmative votes failed whatever a permanent member did. A source that says otherwise is reported.
    /// </summary>
    internal void ClassifyByVotes(CanonicalDecision c)
    {
        if (c.Date is not { } date || c.Votes.Count < CouncilRules.Members(date) - 1)
        {
            return;
        }

        var yes = c.Votes.Values.Count(v => v.Vote == Vote.Yes);
        var permanentNoes = c.Votes.Where(v => v.Value.Vote == Vote.No && CouncilRules.IsPermanent(v.Key, date)).Select(v => v.Key).ToList();
        var computed = CouncilRules.Classify(yes, permanentNoes, date);
        if (computed != c.Outcome && computed != DecisionOutcome.Adopted)
        {
            var p = c.Sources[^1];
            var said = c.Outcome.ToString().ToLowerInvariant();
            var now = computed.ToString().ToLowerInvariant();
            log.Add(new Disagreement(c.Key, c.Symbol, "outcome", null, p.Source, said, p.File, p.Line,
                c.Votes.Values.First().Source, $"{now} by the votes ({yes} yes)", p.File, p.Line, now));
            if (c.Outcome == DecisionOutcome.Vetoed)
            {
                var why = permanentNoes.Count == 0 ? "no permanent member voted no" : $"only {yes} affirmative votes ({CouncilRules.RequiredYes(date)} needed to pass otherwise)";
                violations.Add(new InvariantViolation(InvariantClass.VetoWithoutGrounds, c.Key, c.Symbol, null, p.Source, p.File, p.Line,
                    $"recorded as vetoed, but {why}", ViolationOutcome.Repaired, $"classed as {now} by the Charter's rule on the recorded votes"));
            }

            c.Outcome = computed;
        }
    }
}
