using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>One veto recorded twice: the two veto lists matched on a symbol that one of them mistyped.</summary>
/// <remarks>
/// The lists are matched on their draft symbol (and, for several vetoes at one meeting, on their order). A typo
/// in one list's symbol (the World Politics Data Lab's S/PV.3038 for S/PV.303 on 24 May 1948) leaves two
/// decisions, each held by one list only, on the same day with the same vetoing members: one event, counted
/// twice. Such pairs are folded into the record of the better list, and the fold is recorded.
/// </remarks>
internal static class DuplicateVetoes
{
    public static void Fold(List<CanonicalDecision> all, DisagreementLog log, List<InvariantViolation> violations)
    {
        var groups = new Dictionary<(DateOnly, string), List<CanonicalDecision>>();
        foreach (var c in all)
        {
            if (c.Forum == Forum.SecurityCouncil && c.Outcome == DecisionOutcome.Vetoed && c.Date is { } date && c.VetoersBySource.Count == 1 && c.Votes.Count == 0)
            {
                var key = (date, string.Join(",", c.VetoersBySource.Values.First().Order(StringComparer.Ordinal)));
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(c);
            }
        }

        foreach (var list in groups.Values)
        {
            var better = list.Where(c => c.VetoersBySource.ContainsKey(SourceId.DhlVetoList)).ToList();
            var weaker = list.Where(c => c.VetoersBySource.ContainsKey(SourceId.WpdlVetoList)).ToList();
            for (var i = 0; i < Math.Min(better.Count, weaker.Count); i++)
            {
                FoldInto(weaker[i], better[i], all, log, violations);
            }
        }
    }

    private static void FoldInto(CanonicalDecision duplicate, CanonicalDecision kept, List<CanonicalDecision> all, DisagreementLog log, List<InvariantViolation> violations)
    {
        var p = duplicate.Sources[0];
        var k = kept.Sources[0];
        var dupSymbol = duplicate.Symbol ?? duplicate.Draft ?? duplicate.Key;
        var keptSymbol = kept.Symbol ?? kept.Draft ?? kept.Key;
        log.Add(new Disagreement(kept.Key, kept.Symbol, "symbol", null, p.Source, dupSymbol, p.File, p.Line, k.Source, keptSymbol, k.File, k.Line, keptSymbol));
        violations.Add(new InvariantViolation(InvariantClass.DuplicateVeto, kept.Key, kept.Symbol, null, p.Source, p.File, p.Line,
            $"{dupSymbol} on {duplicate.Date:yyyy-MM-dd} is the veto {k.Source.Label()} records as {keptSymbol} (same day, same vetoing members, each held by one list only)",
            ViolationOutcome.Repaired, $"counted once, as {keptSymbol}"));
        foreach (var (source, names) in duplicate.VetoersBySource)
        {
            kept.VetoersBySource.TryAdd(source, names);
        }

        kept.Sources.AddRange(duplicate.Sources);
        kept.Title ??= duplicate.Title;
        kept.AgendaItem ??= duplicate.AgendaItem;
        all.Remove(duplicate);
    }
}
