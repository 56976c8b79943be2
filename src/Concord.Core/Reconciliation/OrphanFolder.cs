using Concord.Domain;

namespace Concord.Reconciliation;

/// <summary>
/// Folds Council records from a weaker source that carry no usable resolution number (the drafts file's "Missing",
/// or a number with the wrong year) into the resolution adopted from the same draft: their votes fill gaps and are
/// compared, never override.
/// </summary>
internal sealed class OrphanFolder(DisagreementLog log, DecisionMatcher matcher, IReadOnlyDictionary<string, CanonicalDecision> byKey)
{
    private readonly Dictionary<CanonicalDecision, CanonicalDecision> _foldedInto = [];

    /// <summary>The decision an orphan was folded into by <see cref="Fold"/>, or null.</summary>
    public CanonicalDecision? FoldedInto(CanonicalDecision orphan) => _foldedInto.GetValueOrDefault(orphan);

    /// <summary>Folds every orphan it can place into <paramref name="all"/>'s matching decision and removes it; the rest stay, reported.</summary>
    public void Fold(List<CanonicalDecision> all)
    {
        var orphans = all.Where(c => c.Forum == Forum.SecurityCouncil && c.Symbol is null && c.Draft is not null && c.Kind == DecisionKind.Resolution && c.Outcome == DecisionOutcome.Adopted).ToList();
        foreach (var orphan in orphans)
        {
            var target = FindTarget(orphan, all);
            if (target is null)
            {
                var p = orphan.Sources[0];
                log.Add(new Disagreement(orphan.Key, orphan.Draft, "unmatched", null, p.Source, "no resolution number", p.File, p.Line, p.Source, orphan.Draft ?? "", p.File, p.Line, "kept as a separate decision"));
                continue;
            }

            FoldInto(orphan, target);
            _foldedInto[orphan] = target;
            all.Remove(orphan);
        }
    }

    /// <summary>The resolution an orphan belongs to: by its draft, its suggested number, a decision keyed by the draft, or the one same-day same-tally resolution.</summary>
    internal CanonicalDecision? FindTarget(CanonicalDecision orphan, IReadOnlyList<CanonicalDecision> all)
    {
        if (matcher.ResolutionFromDraft(orphan.Draft!) is { } byDraft && !ReferenceEquals(byDraft, orphan))
        {
            return byDraft;
        }

        if (orphan.AlternateSymbol is { } alt && byKey.TryGetValue("sc:" + alt, out var byNumber) && !ReferenceEquals(byNumber, orphan))
        {
            return byNumber;
        }

        if (byKey.TryGetValue("sc:" + orphan.Draft, out var draftDecision) && !ReferenceEquals(draftDecision, orphan))
        {
            return draftDecision;
        }

        if (orphan.Date is { } date && orphan.Tally is { } t)
        {
            var same = all.Where(c => c.Forum == Forum.SecurityCouncil && !ReferenceEquals(c, orphan) && c.Date == date && c.Symbol is not null
                && c.Tally is { } ct && (ct.Yes, ct.No, ct.Abstain) == (t.Yes, t.No, t.Abstain)).Take(2).ToList();
            if (same.Count == 1)
            {
                return same[0];
            }
        }

        return null;
    }

    private void FoldInto(CanonicalDecision orphan, CanonicalDecision target)
    {
        foreach (var (state, v) in orphan.Votes)
        {
            if (!target.Votes.TryGetValue(state, out var kept))
            {
                target.Votes[state] = v;
            }
            else if (kept.Vote != v.Vote)
            {
                var a = orphan.Sources.First(p => p.Source == v.Source);
                var b = target.Sources.LastOrDefault(p => p.Source == kept.Source) ?? target.Sources[^1];
                log.Vote(target, target.Symbol, state, v.Source, v.Vote.Label(), a.FileOfVotes, v.Line, kept.Source, kept.Vote.Label(), b.FileOfVotes, kept.Line, kept.Vote.Label());
            }
        }

        if (orphan.Date is { } od && target.Date is { } td && od != td)
        {
            var a = orphan.Sources[0];
            var b = DecisionMerger.SourceOf(target, target.DateSource);
            log.Add(new Disagreement(target.Key, target.Symbol, "date", null, a.Source, od.ToString("yyyy-MM-dd"), a.File, a.Line, b.Source, td.ToString("yyyy-MM-dd"), b.File, b.Line, td.ToString("yyyy-MM-dd")));
        }

        target.Sources.InsertRange(0, orphan.Sources);
        target.RecordedVote |= orphan.RecordedVote;
        target.Withheld.AddRange(orphan.Withheld);
    }
}
