using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>
/// Finds the decision a source record belongs to when its symbol does not say: by the draft symbol, by the tally and
/// date, or by the member votes. Each strategy is a separate method so that each can be read and tested alone.
/// </summary>
/// <remarks>
/// A General Assembly record of the UN Digital Library whose symbol is unknown to <c>unvotes</c> is matched to an
/// unvotes roll call with the same yes–no–abstain tally within 20 days (the two disagree on symbols for some early
/// and split resolutions, and unvotes dates are often the committee's rather than the plenary's).
/// </remarks>
internal sealed class DecisionMatcher
{
    private const int TallyWindowDays = 20;
    private const int VotesWindowDays = 30;
    private const double MinimumShareOfSameVotes = 0.97;

    private readonly Dictionary<(Forum, int, int, int), List<CanonicalDecision>> _unvotesByTally = [];
    private readonly HashSet<CanonicalDecision> _matchedByUndl = [];
    private readonly Dictionary<string, CanonicalDecision> _resolutionByDraft = new(StringComparer.Ordinal);

    /// <summary>Remembers a new decision so later records can be matched to it.</summary>
    public void Index(CanonicalDecision c, SourceDecision d)
    {
        if (d.Source == SourceId.Unvotes && d.Tally is { } t)
        {
            var key = (d.Forum, t.Yes, t.No, t.Abstain);
            if (!_unvotesByTally.TryGetValue(key, out var list))
            {
                _unvotesByTally[key] = list = [];
            }

            list.Add(c);
        }
    }

    /// <summary>Records what a merged source record makes known: a Digital Library match, a resolution's draft symbol.</summary>
    public void NoteMerged(CanonicalDecision c, SourceDecision d)
    {
        if (d.Source == SourceId.UndlWide)
        {
            _matchedByUndl.Add(c);
        }

        if (c.Forum == Forum.SecurityCouncil && c.Symbol is { } sym && sym.Contains("/RES/", StringComparison.Ordinal)
            && d.Draft is { } draft && draft.StartsWith("S/", StringComparison.Ordinal) && !draft.Contains("/RES/", StringComparison.Ordinal))
        {
            _resolutionByDraft.TryAdd(draft, c);
        }
    }

    /// <summary>The resolution adopted from a draft symbol, if one is known.</summary>
    public CanonicalDecision? ResolutionFromDraft(string draft) => _resolutionByDraft.GetValueOrDefault(draft);

    /// <summary>A Council resolution whose number a source lacks or garbles is found by its draft symbol.</summary>
    public CanonicalDecision? TryMatchByDraft(SourceDecision d)
    {
        // Only an adopted resolution without a number: a failed draft and the resolution later adopted from a
        // revised text are different decisions even when the sources give them the same draft symbol.
        if (d.Forum != Forum.SecurityCouncil || d.Symbol is not null || d.Outcome != DecisionOutcome.Adopted || d.Draft is null
            || !_resolutionByDraft.TryGetValue(d.Draft, out var c))
        {
            return null;
        }

        return c.Symbol is not null && c.Symbol.Contains("/RES/", StringComparison.Ordinal) ? c : null;
    }

    /// <summary>A Digital Library Assembly record matched to the nearest unmatched unvotes roll call with the same tally.</summary>
    public CanonicalDecision? TryMatchByTally(SourceDecision d)
    {
        if (d.Source != SourceId.UndlWide || d.Forum != Forum.GeneralAssembly || d.Tally is not { } t || d.Date is not { } date
            || !_unvotesByTally.TryGetValue((d.Forum, t.Yes, t.No, t.Abstain), out var candidates))
        {
            return null;
        }

        CanonicalDecision? best = null;
        var bestGap = int.MaxValue;
        foreach (var c in candidates)
        {
            if (_matchedByUndl.Contains(c) || c.Date is not { } cd)
            {
                continue;
            }

            var gap = Math.Abs(cd.DayNumber - date.DayNumber);
            if (gap <= TallyWindowDays && gap < bestGap)
            {
                best = c;
                bestGap = gap;
            }
        }

        return best;
    }

    /// <summary>
    /// Last resort for a Digital Library Assembly record neither symbol nor tally matched: the one unvotes roll call within
    /// 30 days, not yet matched, on which at least 97% of at least 40 members who voted in both voted the same way and
    /// whose tally differs by at most 5 in each column (the sources count absentees and late votes differently).
    /// A second candidate as close means no match: similar votes on the same day are common in the Assembly.
    /// </summary>
    public CanonicalDecision? TryMatchByVotes(SourceDecision d)
    {
        if (d.Source != SourceId.UndlWide || d.Forum != Forum.GeneralAssembly || d.Tally is not { } t || d.Date is not { } date || d.Votes.Count == 0)
        {
            return null;
        }

        CanonicalDecision? best = null;
        var bestShare = 0.0;
        var contenders = 0;
        foreach (var list in _unvotesByTally.Values)
        {
            foreach (var c in list)
            {
                if (_matchedByUndl.Contains(c) || c.Date is not { } cd || Math.Abs(cd.DayNumber - date.DayNumber) > VotesWindowDays || c.Tally is not { } ct
                    || Math.Abs(ct.Yes - t.Yes) > 5 || Math.Abs(ct.No - t.No) > 5 || Math.Abs(ct.Abstain - t.Abstain) > 5)
                {
                    continue;
                }

                var share = ShareOfSameVotes(d, c);
                if (share >= MinimumShareOfSameVotes)
                {
                    contenders++;
                    if (share > bestShare)
                    {
                        best = c;
                        bestShare = share;
                    }
                }
            }
        }

        return contenders == 1 ? best : null;
    }

    private static double ShareOfSameVotes(SourceDecision d, CanonicalDecision c)
    {
        int common = 0, same = 0;
        foreach (var v in d.Votes)
        {
            if (v.Vote.IsCast() && c.Votes.TryGetValue(v.State, out var other) && other.Vote.IsCast())
            {
                common++;
                same += other.Vote == v.Vote ? 1 : 0;
            }
        }

        return common >= 40 ? same / (double)common : 0;
    }
}
