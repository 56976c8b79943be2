using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Merges the decisions of every source into one record per decision, one vote per member.</summary>
/// <remarks>
/// Batches are merged in ascending order of <see cref="SourceIds.Precedence"/>, so that a later (better) source
/// overrides an earlier one; every value it overrides with a different one becomes a <see cref="Disagreement"/>.
/// Decisions are matched on their canonical symbol. A General Assembly record of the UN Digital Library whose
/// symbol is unknown to <c>unvotes</c> is matched instead to an unvotes roll call with the same yes–no–abstain
/// tally within 20 days (the two disagree on symbols for some early and split resolutions, and unvotes dates
/// are often the committee's rather than the plenary's). Amendment and paragraph votes stay separate.
/// </remarks>
public sealed class Reconciler
{
    private const int DateWindowDays = 20;
    private static readonly HashSet<string> s_permanentMembers = ["CHN", "TWN", "FRA", "GBR", "USA", "RUS", "SUN"];

    private readonly Dictionary<string, CanonicalDecision> _byKey = new(StringComparer.Ordinal);
    private readonly List<CanonicalDecision> _all = [];
    private readonly List<Disagreement> _disagreements = [];
    private readonly Dictionary<(Forum, int, int, int), List<CanonicalDecision>> _unvotesByTally = [];
    private readonly HashSet<CanonicalDecision> _matchedByUndl = [];
    private readonly Dictionary<string, CanonicalDecision> _byDraft = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CanonicalDecision>> _variants = new(StringComparer.Ordinal);

    public IReadOnlyList<Disagreement> Disagreements => _disagreements;

    public static ReconciledRecord Reconcile(IEnumerable<SourceBatch> batches)
    {
        var r = new Reconciler();
        foreach (var batch in batches.OrderBy(b => b.Source.Precedence()))
        {
            r.Add(batch);
        }

        return r.Finish();
    }

    private void Add(SourceBatch batch)
    {
        var seenInBatch = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in batch.Decisions)
        {
            var key = KeyOf(d);
            var occurrence = seenInBatch[key] = seenInBatch.GetValueOrDefault(key) + 1;
            if (occurrence > 1 && !MergesOwnDuplicates(d.Source))
            {
                // Separate votes under one symbol: two drafts under one resolution number, or two vetoes at one
                // meeting. The veto lists are matched to each other by order of appearance (the second veto at
                // S/PV.49 in one list is the second in the other).
                key = d.Source is SourceId.DhlVetoList or SourceId.WpdlVetoList ? $"{key}#{occurrence}" : $"{key}#{d.SourceKey}";
            }

            if (d.Vetoers.Count > 0 && _variants.TryGetValue(KeyOf(d), out var variants) && variants.Count > 1)
            {
                // A draft symbol with several votes in the drafts file (one of them mislabelled): the veto belongs to
                // the vote in which the vetoing members voted no.
                var fitting = variants.FirstOrDefault(v => d.Vetoers.All(s => v.Votes.TryGetValue(s, out var vote) && vote.Vote == Vote.No));
                if (fitting is not null)
                {
                    key = fitting.Key;
                }
            }

            if (!_byKey.TryGetValue(key, out var c))
            {
                c = TryMatchByDraft(d);
                if (c is null && (c = TryMatchByTally(d) ?? TryMatchByVotes(d)) is not null && d.Symbol is not null)
                {
                    if (c.Symbol is not null && c.Symbol != d.Symbol)
                    {
                        Disagree(c, "symbol", null, c.Sources[0], c.Symbol, d, d.Symbol, d.Symbol);
                    }

                    _byKey.TryAdd(key, c);
                    c.Symbol = d.Symbol;
                }
            }

            if (c is null)
            {
                c = new CanonicalDecision { Forum = d.Forum, Key = key, Symbol = d.Symbol, Kind = d.Kind, Outcome = d.Outcome };
                _byKey.Add(key, c);
                _all.Add(c);
                var baseKey = KeyOf(d);
                if (!_variants.TryGetValue(baseKey, out var family))
                {
                    _variants[baseKey] = family = [];
                }

                family.Add(c);
                if (d.Source == SourceId.Unvotes && d.Tally is { } t)
                {
                    var tk = (d.Forum, t.Yes, t.No, t.Abstain);
                    if (!_unvotesByTally.TryGetValue(tk, out var list))
                    {
                        _unvotesByTally[tk] = list = [];
                    }

                    list.Add(c);
                }
            }

            if (d.Source == SourceId.UndlWide)
            {
                _matchedByUndl.Add(c);
            }

            Merge(c, d);
            if (c.Forum == Forum.SecurityCouncil && c.Symbol is { } sym && sym.Contains("/RES/", StringComparison.Ordinal) && d.Draft is { } draft && draft.StartsWith("S/", StringComparison.Ordinal) && !draft.Contains("/RES/", StringComparison.Ordinal))
            {
                _byDraft.TryAdd(draft, c);
            }
        }
    }

    /// <summary>A Council resolution whose number a source lacks or garbles is found by its draft symbol.</summary>
    private CanonicalDecision? TryMatchByDraft(SourceDecision d)
    {
        // Only an adopted resolution without a number: a failed draft and the resolution later adopted from a
        // revised text are different decisions even when the sources give them the same draft symbol.
        if (d.Forum != Forum.SecurityCouncil || d.Symbol is not null || d.Outcome != DecisionOutcome.Adopted || d.Draft is null || !_byDraft.TryGetValue(d.Draft, out var c))
        {
            return null;
        }

        return c.Symbol is not null && c.Symbol.Contains("/RES/", StringComparison.Ordinal) ? c : null;
    }

    // Roll-call sources and veto lists list each vote once, so a repeated symbol is a second vote; the
    // resolution files repeat a record by accident, so a repeat is the same resolution.
    private static bool MergesOwnDuplicates(SourceId source) => source is not (SourceId.Unvotes or SourceId.ScDraftVotes or SourceId.DhlVetoList or SourceId.WpdlVetoList);

    private static string KeyOf(SourceDecision d)
    {
        var forum = d.Forum.Code();
        return d.Symbol is not null && d.Kind is not (DecisionKind.Amendment or DecisionKind.Paragraph)
            ? $"{forum}:{d.Symbol}"
            : $"{forum}:{d.Source.Label()}:{d.SourceKey}";
    }

    /// <summary>
    /// Last resort for a UN Digital Library GA record neither symbol nor tally matched: the one unvotes roll call within
    /// 30 days, not yet matched, on which at least 97% of at least 40 members who voted in both voted the same way and
    /// whose tally differs by at most 5 in each column (the sources count absentees and late votes differently).
    /// A second candidate as close means no match: similar votes on the same day are common in the Assembly.
    /// </summary>
    private CanonicalDecision? TryMatchByVotes(SourceDecision d)
    {
        const double MinimumShare = 0.97;
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
                if (_matchedByUndl.Contains(c) || c.Date is not { } cd || Math.Abs(cd.DayNumber - date.DayNumber) > 30 || c.Tally is not { } ct
                    || Math.Abs(ct.Yes - t.Yes) > 5 || Math.Abs(ct.No - t.No) > 5 || Math.Abs(ct.Abstain - t.Abstain) > 5)
                {
                    continue;
                }

                int common = 0, same = 0;
                foreach (var v in d.Votes)
                {
                    if (v.Vote.IsCast() && c.Votes.TryGetValue(v.State, out var other) && other.Vote.IsCast())
                    {
                        common++;
                        same += other.Vote == v.Vote ? 1 : 0;
                    }
                }

                var share = common >= 40 ? same / (double)common : 0;
                if (share >= MinimumShare)
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

    private CanonicalDecision? TryMatchByTally(SourceDecision d)
    {
        if (d.Source != SourceId.UndlWide || d.Forum != Forum.GeneralAssembly || d.Tally is not { } t || d.Date is not { } date)
        {
            return null;
        }

        if (!_unvotesByTally.TryGetValue((d.Forum, t.Yes, t.No, t.Abstain), out var candidates))
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
            if (gap <= DateWindowDays && gap < bestGap)
            {
                best = c;
                bestGap = gap;
            }
        }

        return best;
    }

    private void Merge(CanonicalDecision c, SourceDecision d)
    {
        var first = c.Sources.Count == 0;
        var prov = new Provenance(d.Source, d.File, d.Line, d.SourceKey);
        if (!first)
        {
            if (d.Date is { } date && c.Date is { } existing && date != existing)
            {
                var kept = ContradictsSymbolYear(c.Symbol ?? d.Symbol, date) ? existing : date;
                Disagree(c, "date", null, SourceOf(c, c.DateSource), existing.ToString("yyyy-MM-dd"), d, date.ToString("yyyy-MM-dd"), kept.ToString("yyyy-MM-dd"));
            }

            if (d.Tally is { } t && c.Tally is { } ct && (t.Yes, t.No, t.Abstain) != (ct.Yes, ct.No, ct.Abstain) && d.RecordedVote)
            {
                Disagree(c, "tally", null, SourceOf(c, c.TallySource), ct.ToString(), d, t.ToString(), t.ToString());
            }

            if (d.Outcome != DecisionOutcome.Unknown && c.Outcome != DecisionOutcome.Unknown && d.Outcome != c.Outcome)
            {
                Disagree(c, "outcome", null, c.Sources[^1], c.Outcome.ToString(), d, d.Outcome.ToString(), d.Outcome.ToString());
            }
        }

        // A date whose year contradicts the year in the Council symbol is a source slip (DGACM's S/RES/2423(2018)
        // carries a 2016 date): it never wins, whatever the source's precedence.
        if (d.Date is { } incoming && (c.Date is null || !ContradictsSymbolYear(c.Symbol ?? d.Symbol, incoming)))
        {
            c.Date = incoming;
            c.DateSource = d.Source;
        }

        if (d.Tally is not null && (d.RecordedVote || c.Tally is null))
        {
            c.Tally = d.Tally;
            c.TallySource = d.Source;
        }

        if (d.Outcome != DecisionOutcome.Unknown)
        {
            c.Outcome = d.Outcome;
        }

        if (first || d.Kind is DecisionKind.Resolution)
        {
            c.Kind = d.Kind;
        }

        c.Draft = d.Draft ?? c.Draft;
        c.AlternateSymbol ??= d.AlternateSymbol;
        c.Session = d.Session ?? c.Session;
        c.RegularSession ??= d.RegularSession;
        c.Title = d.Title ?? c.Title;
        c.AgendaItem = d.AgendaItem ?? c.AgendaItem;
        c.Subjects = d.Subjects ?? c.Subjects;
        c.Meeting = d.Meeting ?? c.Meeting;
        c.Important = d.Important ?? c.Important;
        c.UndlId = d.UndlId ?? c.UndlId;
        // Whether a vote was taken follows the better source: the Digital Library's "X for every member" and
        // DGACM's "without a vote" override a compilation that codes every member Yes.
        c.RecordedVote = first ? d.RecordedVote : d.RecordedVote || (c.RecordedVote && !SaysNoVote(d));
        foreach (var issue in d.Issues)
        {
            if (!c.Issues.Contains(issue))
            {
                c.Issues.Add(issue);
            }
        }

        MergeVotes(c, d);
        if (d.Vetoers.Count > 0)
        {
            c.VetoersBySource[d.Source] = [.. d.Vetoers.Distinct()];
        }

        c.Sources.Add(prov);
    }

    private void MergeVotes(CanonicalDecision c, SourceDecision d)
    {
        // Votes of this record first, so that a member listed twice in one record (split header columns,
        // a name broken in two) is resolved within the source before it is compared with other sources.
        var own = new Dictionary<string, SourceVote>(d.Votes.Count, StringComparer.Ordinal);
        foreach (var v in d.Votes)
        {
            if (!own.TryGetValue(v.State, out var prior))
            {
                own[v.State] = v;
            }
            else if (prior.Vote != v.Vote)
            {
                if (prior.Vote == Vote.NonVoting)
                {
                    own[v.State] = v;
                }
                else if (v.Vote != Vote.NonVoting)
                {
                    _disagreements.Add(new Disagreement(c.Key, c.Symbol ?? d.Symbol, "vote", v.State, d.Source, prior.Vote.Label(), d.File, prior.Line, d.Source, v.Vote.Label(), d.File, v.Line, prior.Vote.Label()));
                }
            }
        }

        foreach (var (state, v) in own)
        {
            if (c.Votes.TryGetValue(state, out var existing) && existing.Vote != v.Vote)
            {
                var prov = c.Sources.FirstOrDefault(p => p.Source == existing.Source) ?? c.Sources[0];
                _disagreements.Add(new Disagreement(c.Key, c.Symbol ?? d.Symbol, "vote", state, existing.Source, existing.Vote.Label(), prov.File, existing.Line, d.Source, v.Vote.Label(), d.File, v.Line, v.Vote.Label()));
            }

            c.Votes[state] = new VoteRecord(v.Vote, d.Source, v.Line);
        }
    }

    /// <summary>
    /// Where every member's vote is on record, the Charter's rule decides between vetoed and failed: a draft short of
    /// the required affirmative votes failed whatever a permanent member did. A source that says otherwise is reported.
    /// </summary>
    private void ClassifyByVotes(CanonicalDecision c)
    {
        if (c.Date is not { } date || c.Votes.Count < Council.CouncilRules.Members(date) - 1)
        {
            return;
        }

        var yes = c.Votes.Values.Count(v => v.Vote == Vote.Yes);
        var permanentNoes = c.Votes.Where(v => v.Value.Vote == Vote.No && Council.CouncilRules.IsPermanent(v.Key, date)).Select(v => v.Key);
        var computed = Council.CouncilRules.Classify(yes, permanentNoes, date);
        if (computed != c.Outcome && computed != DecisionOutcome.Adopted)
        {
            var p = c.Sources[^1];
            _disagreements.Add(new Disagreement(c.Key, c.Symbol, "outcome", null, p.Source, c.Outcome.ToString().ToLowerInvariant(), p.File, p.Line,
                c.Votes.Values.First().Source, $"{computed.ToString().ToLowerInvariant()} by the votes ({yes} yes)", p.File, p.Line, computed.ToString().ToLowerInvariant()));
            c.Outcome = computed;
        }
    }

    private static bool SaysNoVote(SourceDecision d) => !d.RecordedVote && d.Source is SourceId.UndlWide or SourceId.DgacmGa or SourceId.DgacmSc or SourceId.UndlVotingCsv;

    private static bool ContradictsSymbolYear(string? symbol, DateOnly date)
    {
        if (symbol is null || !symbol.StartsWith("S/RES/", StringComparison.Ordinal) || !symbol.EndsWith(')'))
        {
            return false;
        }

        var open = symbol.LastIndexOf('(');
        return open > 0 && int.TryParse(symbol.AsSpan(open + 1, symbol.Length - open - 2), out var year) && year != date.Year;
    }

    private static Provenance SourceOf(CanonicalDecision c, SourceId? source) =>
        c.Sources.LastOrDefault(p => p.Source == source) ?? c.Sources[^1];

    private void Disagree(CanonicalDecision c, string field, string? state, Provenance a, string valueA, SourceDecision b, string valueB, string kept) =>
        _disagreements.Add(new Disagreement(c.Key, c.Symbol ?? b.Symbol, field, state, a.Source, valueA, a.File, a.Line, b.Source, valueB, b.File, b.Line, kept));

    private ReconciledRecord Finish()
    {
        FoldOrphansByDraft();
        FoldAssemblyVotesRecordedTwice();
        foreach (var c in _all)
        {
            if (!c.RecordedVote)
            {
                c.Votes.Clear();
            }

            FinishVetoes(c);
        }

        var ordered = _all
            .OrderBy(c => c.Forum)
            .ThenBy(c => c.Date ?? DateOnly.MaxValue)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Id = i + 1;
        }

        return new ReconciledRecord(ordered, _disagreements);
    }

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
    private void FoldAssemblyVotesRecordedTwice()
    {
        var byDate = _all.Where(c => c.Forum == Forum.GeneralAssembly && c.RecordedVote && c.Date is not null && c.Symbol is not null)
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
            _disagreements.Add(new Disagreement(kept.Key, kept.Symbol, "duplicate", null, p.Source, copy.Symbol!, p.File, p.Line, k.Source, kept.Symbol!, k.File, k.Line, "folded into " + kept.Symbol));
            kept.Sources.AddRange(copy.Sources);
            _all.Remove(copy);
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
            if (IsCast(v.Vote) != IsCast(other) || (IsCast(v.Vote) && other != v.Vote))
            {
                return false;
            }

            cast += IsCast(v.Vote) ? 1 : 0;
        }

        foreach (var (state, w) in b.Votes)
        {
            if (IsCast(w.Vote) && !a.Votes.ContainsKey(state))
            {
                return false;
            }
        }

        return cast > 0;
    }

    private static bool IsCast(Vote v) => v is Vote.Yes or Vote.No or Vote.Abstain;

    /// <summary>
    /// Council records from a weaker source that carry no usable resolution number (the drafts file's "Missing" or
    /// a number with the wrong year) are folded into the resolution adopted from the same draft: their votes fill
    /// gaps and are compared, never override.
    /// </summary>
    private void FoldOrphansByDraft()
    {
        var orphans = _all.Where(c => c.Forum == Forum.SecurityCouncil && c.Symbol is null && c.Draft is not null && c.Kind == DecisionKind.Resolution && c.Outcome == DecisionOutcome.Adopted).ToList();
        foreach (var orphan in orphans)
        {
            var target = FindOrphanTarget(orphan);
            if (target is null)
            {
                var p = orphan.Sources[0];
                _disagreements.Add(new Disagreement(orphan.Key, orphan.Draft, "unmatched", null, p.Source, "no resolution number", p.File, p.Line, p.Source, orphan.Draft ?? "", p.File, p.Line, "kept as a separate decision"));
                continue;
            }

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
                    _disagreements.Add(new Disagreement(target.Key, target.Symbol, "vote", state, v.Source, v.Vote.Label(), a.File, v.Line, kept.Source, kept.Vote.Label(), b.File, kept.Line, kept.Vote.Label()));
                }
            }

            if (orphan.Date is { } od && target.Date is { } td && od != td)
            {
                var a = orphan.Sources[0];
                var b = SourceOf(target, target.DateSource);
                _disagreements.Add(new Disagreement(target.Key, target.Symbol, "date", null, a.Source, od.ToString("yyyy-MM-dd"), a.File, a.Line, b.Source, td.ToString("yyyy-MM-dd"), b.File, b.Line, td.ToString("yyyy-MM-dd")));
            }

            target.Sources.InsertRange(0, orphan.Sources);
            target.RecordedVote |= orphan.RecordedVote;
            _all.Remove(orphan);
        }
    }

    private CanonicalDecision? FindOrphanTarget(CanonicalDecision orphan)
    {
        if (_byDraft.TryGetValue(orphan.Draft!, out var byDraft) && !ReferenceEquals(byDraft, orphan))
        {
            return byDraft;
        }

        if (orphan.AlternateSymbol is { } alt && _byKey.TryGetValue("sc:" + alt, out var byNumber) && !ReferenceEquals(byNumber, orphan))
        {
            return byNumber;
        }

        if (_byKey.TryGetValue("sc:" + orphan.Draft, out var draftDecision) && !ReferenceEquals(draftDecision, orphan))
        {
            return draftDecision;
        }

        // Last resort: the one resolution adopted that day with the same yes-no-abstain tally.
        if (orphan.Date is { } date && orphan.Tally is { } t)
        {
            var same = _all.Where(c => c.Forum == Forum.SecurityCouncil && !ReferenceEquals(c, orphan) && c.Date == date && c.Symbol is not null
                && c.Tally is { } ct && (ct.Yes, ct.No, ct.Abstain) == (t.Yes, t.No, t.Abstain)).Take(2).ToList();
            if (same.Count == 1)
            {
                return same[0];
            }
        }

        return null;
    }

    /// <summary>A veto is a permanent member's negative vote on a draft that failed; the veto lists name them.</summary>
    private void FinishVetoes(CanonicalDecision c)
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

        var fromVotes = c.Votes.Where(v => v.Value.Vote == Vote.No && s_permanentMembers.Contains(v.Key)).Select(v => v.Key).Order(StringComparer.Ordinal).ToList();
        var lists = c.VetoersBySource.OrderByDescending(kv => kv.Key.Precedence()).ToList();
        c.Vetoers = lists.Count > 0 ? [.. lists[0].Value.Order(StringComparer.Ordinal)] : fromVotes;
        foreach (var (source, names) in lists.Skip(1))
        {
            var sorted = names.Order(StringComparer.Ordinal).ToList();
            if (!sorted.SequenceEqual(c.Vetoers))
            {
                var a = c.Sources.Last(p => p.Source == source);
                var b = c.Sources.Last(p => p.Source == lists[0].Key);
                _disagreements.Add(new Disagreement(c.Key, c.Symbol, "vetoers", null, source, string.Join(",", sorted), a.File, a.Line, lists[0].Key, string.Join(",", c.Vetoers), b.File, b.Line, string.Join(",", c.Vetoers)));
            }
        }

        if (lists.Count > 0 && fromVotes.Count > 0 && !fromVotes.SequenceEqual(c.Vetoers))
        {
            var voteSource = c.Votes.Values.First().Source;
            var a = c.Sources.Last(p => p.Source == voteSource);
            var b = c.Sources.Last(p => p.Source == lists[0].Key);
            _disagreements.Add(new Disagreement(c.Key, c.Symbol, "vetoers", null, voteSource, string.Join(",", fromVotes), a.File, a.Line, lists[0].Key, string.Join(",", c.Vetoers), b.File, b.Line, string.Join(",", c.Vetoers)));
        }
    }
}

/// <summary>The reconciled record: decisions with their votes, and every disagreement found on the way.</summary>
public sealed record ReconciledRecord(IReadOnlyList<CanonicalDecision> Decisions, IReadOnlyList<Disagreement> Disagreements);
