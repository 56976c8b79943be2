using Concord.Domain;

namespace Concord.Reconciliation;

/// <summary>One General Assembly vote recorded twice under two symbols (a draft beside its resolution, a part letter beside the plain number).</summary>
internal static class AssemblyVotesRecordedTwice
{
    /// <summary>
    /// One General Assembly vote the Digital Library records twice: once as the draft (A/76/L.14) beside the
    /// resolution adopted from it (A/RES/76/10), or once with a part letter (A/RES/75/250A) beside the other source's
    /// number without it (A/RES/75/250). Same day, same draft or number, and every member's yes, no or abstention
    /// the same: the copy is folded into the other record, so the vote counts once in every measure.
    /// </summary>
    /// <remarks>
    /// Parts recorded on their own are not folded: A/RES/75/254A, B, C and A-C (neither symbol is the other's without
    /// a part letter; the State Department's 2020 table counts them as separate votes, docs/methods.md), nor a whole
    /// beside two or more of its parts (A/RES/40/257 and 257A-C), where which record is the vote is not known.
    /// </remarks>
    public static void Fold(List<CanonicalDecision> all, DisagreementLog log)
    {
        var byDate = all.Where(c => c.Forum == Forum.GeneralAssembly && c.RecordedVote && c.Date is not null && c.Symbol is not null)
            .GroupBy(c => c.Date!.Value)
            .Where(g => g.Count() > 1);
        var folded = new List<(CanonicalDecision Copy, CanonicalDecision Kept)>();
        foreach (var day in byDate)
        {
            var records = day.ToList();
            foreach (var copy in records)
            {
                var kept = records.FirstOrDefault(k => !ReferenceEquals(k, copy) && IsCopyOf(copy, k) && SameCastVotes(copy, k));
                if (kept is not null && copy.Kind != DecisionKind.Draft && records.Count(r => IsCopyOf(r, kept)) > 1)
                {
                    // Several parts beside the whole (A/RES/40/257 A, B and C): parts, not a copy; kept apart as before.
                    continue;
                }

                if (kept is not null && !folded.Any(f => ReferenceEquals(f.Copy, kept)))
                {
                    folded.Add((copy, kept));
                }
            }
        }

        foreach (var (copy, kept) in folded)
        {
            foreach (var (state, v) in copy.Votes)
            {
                kept.Votes.TryAdd(state, v);
            }

            var p = copy.Sources[0];
            var k = kept.Sources[^1];
            log.Add(new Disagreement(kept.Key, kept.Symbol, "duplicate", null, p.Source, copy.Symbol!, p.File, p.Line, k.Source, kept.Symbol!, k.File, k.Line, "folded into " + kept.Symbol));
            kept.Sources.AddRange(copy.Sources);
            all.Remove(copy);
        }
    }

    /// <summary>Whether <paramref name="copy"/> names the same vote as <paramref name="kept"/>: its draft, or its number with a part letter.</summary>
    private static bool IsCopyOf(CanonicalDecision copy, CanonicalDecision kept)
    {
        var c = copy.Symbol!;
        var k = kept.Symbol!;
        if (copy.Kind == DecisionKind.Draft && copy.Outcome == DecisionOutcome.Unknown && kept.Kind == DecisionKind.Resolution && kept.Draft is { } draft)
        {
            // "A/76/L.14 and A/76/L.14/Add.1": the draft's own symbol, followed by nothing or a separator.
            return draft.StartsWith(c, StringComparison.Ordinal) && (draft.Length == c.Length || draft[c.Length] is ' ' or ',');
        }

        return k.Length == c.Length - 1 && c.StartsWith(k, StringComparison.Ordinal) && char.IsAsciiLetterUpper(c[^1]) && char.IsAsciiDigit(k[^1]);
    }

    private static bool SameCastVotes(CanonicalDecision a, CanonicalDecision b)
    {
        var cast = 0;
        foreach (var (state, v) in a.Votes)
        {
            var other = b.Votes.TryGetValue(state, out var w) ? w.Vote : Vote.Absent;
            if (v.Vote.IsCast() != other.IsCast() || (v.Vote.IsCast() && other != v.Vote))
            {
                return false;
            }

            cast += v.Vote.IsCast() ? 1 : 0;
        }

        foreach (var (state, w) in b.Votes)
        {
            if (w.Vote.IsCast() && !a.Votes.ContainsKey(state))
            {
                return false;
            }
        }

        return cast > 0;
    }

}
