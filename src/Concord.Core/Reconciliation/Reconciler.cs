using Concord.Council;
using Concord.Domain;
using Concord.Invariants;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Merges the decisions of every source into one record per decision, one vote per member.</summary>
/// <remarks>
/// Batches are merged in ascending order of <see cref="SourceIds.Precedence"/>, so that a later (better) source
/// overrides an earlier one; every value it overrides with a different one becomes a <see cref="Disagreement"/>.
/// Cross-check sources come last and only fill gaps. Decisions are matched on their canonical symbol, else by the
/// strategies of <see cref="DecisionMatcher"/>. Before a record is merged, <see cref="RecordInvariants"/> checks what it
/// says on its own: votes it gives that break an invariant are withheld (kept for the record, never analysed), so the
/// votes of a source that satisfies the invariants win. After all records are in, the repairs that need the whole
/// record run (orphans, separate votes, duplicate vetoes, meeting dates, vetoes), then every withheld vote is settled
/// as repaired (another source gives the seat's vote) or quarantined (none does).
/// </remarks>
public sealed class Reconciler
{
    private readonly Dictionary<string, CanonicalDecision> _byKey = new(StringComparer.Ordinal);
    private readonly List<CanonicalDecision> _all = [];
    private readonly Dictionary<string, List<CanonicalDecision>> _variants = new(StringComparer.Ordinal);
    private readonly DisagreementLog _log = new();
    private readonly List<InvariantViolation> _violations = [];
    private readonly List<Withholding> _withholdings = [];
    private readonly DecisionMatcher _matcher = new();
    private readonly DecisionMerger _merger;
    private readonly RecordInvariants _invariants;
    private readonly IReadOnlyDictionary<string, List<string>> _sponsorsByDraft;
    private readonly AssemblySessionCounts? _sessionCounts;
    private int _crossCheckUnmatched;

    private Reconciler(RecordInvariants invariants, IReadOnlyDictionary<string, List<string>> sponsorsByDraft, AssemblySessionCounts? sessionCounts)
    {
        _invariants = invariants;
        _sessionCounts = sessionCounts;
        _sponsorsByDraft = sponsorsByDraft;
        _merger = new DecisionMerger(_log);
    }

    /// <param name="invariants">The checks to apply (null: the built-in membership register).</param>
    /// <param name="sessionCounts">The UN Library's count of each Assembly session's resolutions adopted by recorded vote
    /// (null: not in the data folder; then no session's list of adopted resolutions is known to be complete).</param>
    public static ReconciledRecord Reconcile(IEnumerable<SourceBatch> batches, RecordInvariants? invariants = null, AssemblySessionCounts? sessionCounts = null)
    {
        var ordered = batches.OrderBy(b => b.Source.IsCrossCheck()).ThenBy(b => b.Source.Precedence()).ToList();
        var r = new Reconciler(invariants ?? RecordInvariants.Default, SponsorsByDraft(ordered), sessionCounts);
        foreach (var batch in ordered)
        {
            r.Add(batch);
        }

        return r.Finish();
    }

    /// <summary>Who submitted each draft, by the best source that says: the failed-drafts subset names sponsors from
    /// the meeting records, the drafts compilation's free-text column comes second.</summary>
    private static Dictionary<string, List<string>> SponsorsByDraft(IEnumerable<SourceBatch> batches)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var batch in batches.OrderByDescending(b => b.Source == SourceId.FailedDraftsSubset))
        {
            foreach (var d in batch.Decisions)
            {
                if (d.Draft is { } draft && d.Sponsors.Count > 0)
                {
                    result.TryAdd(draft, d.Sponsors);
                }
            }
        }

        return result;
    }

    private void Add(SourceBatch batch)
    {
        var seenInBatch = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in InMatchingOrder(batch))
        {
            if (d.Source.IsCrossCheck())
            {
                AddCrossCheck(d);
                continue;
            }

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

            var c = FindOrCreate(key, d);
            if (d.Source == SourceId.Unvotes)
            {
                c.UnvotesSymbol ??= d.Symbol;
            }

            // A date that contradicts the symbol (DGACM's S/RES/2423(2018) dated 2016) is the slip, not the voters.
            var checkDate = d.Date is { } own && !DecisionMerger.ContradictsSymbolYear(c.Symbol ?? d.Symbol, own) ? own : c.Date;
            CheckAndWithhold(c, d, checkDate);
            _merger.Merge(c, d);
            _matcher.NoteMerged(c, d);
        }
    }

    /// <summary>
    /// A record whose symbol the record already holds is merged before those that must be matched by tally or votes:
    /// an exact symbol is the stronger evidence, and a tally match made first could take the roll call the symbol names
    /// (the Digital Library's A/RES/2825(XXVI)C matched unvotes's 2825 B by its tally, and 2825 B, coming next, was then
    /// merged into the same decision).
    /// </summary>
    private IEnumerable<SourceDecision> InMatchingOrder(SourceBatch batch)
    {
        if (!batch.Source.IsUnRecord())
        {
            return batch.Decisions;
        }

        var known = new List<SourceDecision>();
        var rest = new List<SourceDecision>();
        foreach (var d in batch.Decisions)
        {
            (d.Forum == Forum.GeneralAssembly && !_byKey.ContainsKey(KeyOf(d)) ? rest : known).Add(d);
        }

        return known.Concat(rest);
    }

    private CanonicalDecision FindOrCreate(string key, SourceDecision d)
    {
        if (_byKey.TryGetValue(key, out var c))
        {
            return c;
        }

        c = _matcher.TryMatchByDraft(d);
        if (c is null && (c = _matcher.TryMatchByTally(d) ?? _matcher.TryMatchByVotes(d)) is not null && d.Symbol is not null)
        {
            if (c.Symbol is not null && c.Symbol != d.Symbol)
            {
                _log.Field(c, "symbol", null, c.Sources[0], c.Symbol, d, d.Symbol, d.Symbol);
            }

            _byKey.TryAdd(key, c);
            c.Symbol = d.Symbol;
        }

        if (c is not null)
        {
            return c;
        }

        c = new CanonicalDecision { Forum = d.Forum, Key = key, Symbol = d.Symbol, Kind = d.Kind, Outcome = d.Outcome };
        _byKey.Add(key, c);
        _all.Add(c);
        var baseKey = KeyOf(d);
        if (!_variants.TryGetValue(baseKey, out var family))
        {
            _variants[baseKey] = family = [];
        }

        family.Add(c);
        _matcher.Index(c, d);
        return c;
    }

    /// <summary>A cross-check record joins only a decision the other sources hold (it has no date to stand on).</summary>
    private void AddCrossCheck(SourceDecision d)
    {
        if (!_byKey.TryGetValue(KeyOf(d), out var c))
        {
            _crossCheckUnmatched++;
            return;
        }

        CheckAndWithhold(c, d, c.Date);
        _merger.Merge(c, d);
    }

    /// <summary>Checks one source's record on its own and withholds the votes the invariants refuse.</summary>
    private void CheckAndWithhold(CanonicalDecision c, SourceDecision d, DateOnly? date)
    {
        if (date is not { } day || d.Votes.Count == 0)
        {
            return;
        }

        var sponsors = d.Draft is { } draft && _sponsorsByDraft.TryGetValue(draft, out var s) ? s : [];
        var findings = _invariants.CheckSourceRecord(d, day, sponsors);
        if (findings.Count == 0)
        {
            return;
        }

        if (findings.All(f => f.OnTally) && d.Votes.Select(v => v.State).Distinct().Count() <= CouncilRules.Members(day) && SettleTallyConflict(c, d, findings[0]))
        {
            return;
        }

        // A Council record with a contradiction of its own, a sponsor voting against its draft, or more than one
        // member who did not sit has its rows attached to the wrong vote: none of its votes can be trusted. In the
        // Assembly one stray state is a slip in that state's row, and only that vote goes.
        var strays = findings.Count(f => f.Class == InvariantClass.VoterNotMember);
        var voters = d.Votes.Select(v => v.State).Distinct().Count();
        var whole = d.Forum == Forum.SecurityCouncil && (strays > 1 || findings.Any(f => f.Class != InvariantClass.VoterNotMember) || voters > CouncilRules.Members(day));
        var withheld = whole ? [.. d.Votes] : d.Votes.Where(v => findings.Any(f => f.State == v.State)).ToList();
        var classOf = new Dictionary<string, InvariantClass>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (f.State is { } st)
            {
                classOf.TryAdd(st, f.Class);
            }
        }

        var recordClass = findings.FirstOrDefault(f => f.Class != InvariantClass.VoterNotMember).Class;
        foreach (var v in withheld)
        {
            var cls = classOf.TryGetValue(v.State, out var own) ? own : whole && findings.Any(f => f.Class != InvariantClass.VoterNotMember) ? recordClass : InvariantClass.VoterNotMember;
            c.Withheld.Add(new WithheldVote(v.State, v.Vote, d.Source, d.FileOfVotes, v.Line, cls));
        }

        d.Votes.RemoveAll(v => withheld.Contains(v));
        if (whole && d.TallyFromVotes)
        {
            d.Tally = null;
        }

        _withholdings.Add(new Withholding(c, d.Source, d.File, d.FileOfVotes, d.Line, findings, whole, withheld));
    }

    /// <summary>
    /// A record whose stated tally and own member lists disagree: the other sources' votes, where they give the whole
    /// vote, say which is the slip. Lists that match them stand and the tally is recounted from them (DGACM's S/RES/1559
    /// says 15-0-0 and lists 9-0-6, as the Digital Library does); lists that do not are withheld (returns false).
    /// </summary>
    private bool SettleTallyConflict(CanonicalDecision c, SourceDecision d, RecordInvariants.Finding finding)
    {
        var seats = c.Date is { } date ? CouncilRules.Members(date) : 15;
        if (c.Votes.Count < seats - 1)
        {
            return false;
        }

        var others = Tally.Count(c.Votes.Values.Select(v => v.Vote));
        var lists = UnvotesReader.CountTally(d.Votes);
        if ((others.Yes, others.No, others.Abstain) != (lists.Yes, lists.No, lists.Abstain))
        {
            return false;
        }

        var stated = d.Tally!.Value;
        d.Tally = lists with { NonVoting = stated.NonVoting };
        var otherSources = string.Join(", ", c.Votes.Values.Select(v => v.Source.Label()).Distinct().Order(StringComparer.Ordinal));
        _violations.Add(new InvariantViolation(finding.Class, c.Key, c.Symbol ?? d.Symbol, null, d.Source, d.File, d.Line, finding.Detail,
            ViolationOutcome.Repaired, $"the member lists agree with {otherSources}; the tally is recounted from them as {lists} (the stated {stated} is the slip)"));
        return true;
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

    private ReconciledRecord Finish()
    {
        var misnumbered = ResolutionNumbers.Unnumber(_all);
        var orphans = new OrphanFolder(_log, _matcher, _byKey);
        orphans.Fold(_all);
        ResolutionNumbers.Settle(_all, misnumbered, orphans, _violations);
        AssemblyVotesRecordedTwice.Fold(_all, _log);
        var rekeyed = AssemblyResolutionList.Apply(_all, _sessionCounts, _violations);
        SeparateVoteDates.Repair(_all, _log);
        SeparateVotes.Distinguish(_all, _violations);
        DuplicateVetoes.Fold(_all, _log, _violations);
        MeetingDates.Repair(_all, _log, _violations);
        var vetoes = new VetoFinisher(_log, _violations);
        foreach (var c in _all)
        {
            if (!c.RecordedVote)
            {
                c.Votes.Clear();
            }

            vetoes.Finish(c);
        }

        CheckAssemblyMembers();
        SettleWithholdings();
        CheckTallies();
        if (rekeyed.Count > 0)
        {
            var symbols = _all.Where(c => rekeyed.ContainsValue(c.Key)).ToDictionary(c => c.Key, c => c.Symbol, StringComparer.Ordinal);
            _log.Rekey(rekeyed, symbols);
            for (var i = 0; i < _violations.Count; i++)
            {
                if (rekeyed.TryGetValue(_violations[i].DecisionKey, out var key))
                {
                    // A symbol found not to be the UN's stays on its own finding, so that asking for it finds the roll call.
                    _violations[i] = _violations[i] with { DecisionKey = key, Symbol = _violations[i].Class == InvariantClass.SymbolOutsideNumbering ? _violations[i].Symbol : symbols.GetValueOrDefault(key) };
                }
            }
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

        var totals = (_sessionCounts is null ? [] : AssemblyControlTotals.Compute(ordered, _sessionCounts)).Concat(CouncilControlTotals.Compute(ordered)).ToList();
        return new ReconciledRecord(ordered, _log.Items, _violations, _crossCheckUnmatched) { ControlTotals = totals };
    }

    /// <summary>
    /// Every Assembly vote is by a state admitted on the decision's (merged, UN-sourced where possible) date. A vote
    /// that is not goes out of the record; a mere non-voting mark (the Digital Library keeps Yugoslavia's seat
    /// 1992–2000, when the Federal Republic could not take part) is explained, not an error of substance.
    /// </summary>
    private void CheckAssemblyMembers()
    {
        foreach (var c in _all)
        {
            if (c.Forum != Forum.GeneralAssembly || c.Date is not { } date || c.Votes.Count == 0)
            {
                continue;
            }

            List<string>? strays = null;
            foreach (var state in c.Votes.Keys)
            {
                if (!_invariants.IsMember(Forum.GeneralAssembly, state, date))
                {
                    (strays ??= []).Add(state);
                }
            }

            if (strays is null)
            {
                continue;
            }

            // unvotes dates many roll calls by the committee vote, before the plenary in which new members voted. When every
            // stray joined within 60 days after that date, the votes are real and the date is the slip: the roll call is
            // dated to the first day all its voters were members (a bound, said as such), and the votes stay.
            var joined = strays.Select(s => _invariants.Register.MembershipsOf(s).Select(m => m.Admitted).Where(a => a > date).DefaultIfEmpty().Min()).ToList();
            if (c.DateSource == SourceId.Unvotes && joined.All(a => a != default && a.DayNumber - date.DayNumber <= 60)
                && strays.All(s => c.Votes[s].Vote != Vote.NonVoting))
            {
                var bound = joined.Max();
                var p0 = DecisionMerger.SourceOf(c, c.DateSource);

                // Where the UN dates the resolution the vote belongs to, SeparateVoteDates has dated it by that plenary
                // already; here no source gives the day, so the first day all voters were members is a bound, kept as one.
                foreach (var state in strays)
                {
                    var v = c.Votes[state];
                    _violations.Add(new InvariantViolation(InvariantClass.VoterNotMember, c.Key, c.Symbol, state, v.Source, (c.Sources.LastOrDefault(x => x.Source == v.Source) ?? p0).FileOfVotes, v.Line,
                        _invariants.NotMemberDetail(Forum.GeneralAssembly, state, date), ViolationOutcome.Repaired,
                        $"unvotes dates this roll call by its committee vote; the plenary vote, in which {state} voted, was on or after {bound:yyyy-MM-dd}, the first day all its voters were members; no source here gives the day, so the date is kept as that bound (said as 'on or after' wherever it is shown)"));
                }

                _log.Add(new Disagreement(c.Key, c.Symbol, "date", null, p0.Source, date.ToString("yyyy-MM-dd"), p0.File, p0.Line, p0.Source,
                    $"on or after {bound:yyyy-MM-dd} (voters admitted then)", p0.File, p0.Line, bound.ToString("yyyy-MM-dd")));
                c.Date = bound;
                c.DateIsLowerBound = true;
                continue;
            }

            // Two or more states voting before they were admitted, on a record the UN's own source dates, is not a slip in a
            // row: the row's votes belong to another vote (the Digital Library's A/RES/ES-10/6 of 1999 lists 172 yes votes,
            // Kiribati, Nauru and Tonga among them; the UN's totals imply 115). None of them is kept, nor the tally they add up to.
            var castStrays = strays.Where(st => c.Votes[st].Vote != Vote.NonVoting).ToList();
            if (castStrays.Count >= 2 && c.DateSource != SourceId.Unvotes && c.Votes[castStrays[0]].Source is var rowSource && castStrays.All(st => c.Votes[st].Source == rowSource))
            {
                var row = c.Sources.LastOrDefault(x => x.Source == rowSource) ?? c.Sources[^1];
                var taken = c.Votes.Where(kv => kv.Value.Source == rowSource).ToList();
                foreach (var (state, v) in taken)
                {
                    c.Votes.Remove(state);
                    c.Withheld.Add(new WithheldVote(state, v.Vote, v.Source, row.FileOfVotes, v.Line, InvariantClass.VotesContradictRecord));
                }

                var tally = c.Tally;
                if (c.TallySource == rowSource)
                {
                    c.Tally = null;
                    c.TallyFromVotes = false;
                }

                var withTally = tally is not null && c.Tally is null ? " with its tally" : "";
                _violations.Add(new InvariantViolation(InvariantClass.VotesContradictRecord, c.Key, c.Symbol, null, rowSource, row.FileOfVotes, row.Line,
                    $"{castStrays.Count} states vote in this record before they were admitted ({string.Join(", ", castStrays.Order(StringComparer.Ordinal))}): its member votes{(tally is null ? "" : $" (tally {tally})")} belong to another vote",
                    ViolationOutcome.Quarantined,
                    c.Votes.Count > 0
                        ? $"all {taken.Count} member votes of this record are withheld{withTally}; the {c.Votes.Count} votes of the other sources stay"
                        : $"all {taken.Count} member votes of this record are withheld{withTally}; no other source here records this vote member by member, so it is in no analysis"));
                continue;
            }

            foreach (var state in strays)
            {
                var v = c.Votes[state];
                c.Votes.Remove(state);
                var p = c.Sources.LastOrDefault(x => x.Source == v.Source) ?? c.Sources[^1];
                c.Withheld.Add(new WithheldVote(state, v.Vote, v.Source, p.FileOfVotes, v.Line, InvariantClass.VoterNotMember));
                var (outcome, how) = v.Vote == Vote.NonVoting
                    ? (ViolationOutcome.Explained, "a non-voting mark, not a vote: the source keeps a seat its holder could not use; left out of the record")
                    : (ViolationOutcome.Quarantined, "the vote is kept out of every analysis");
                _violations.Add(new InvariantViolation(InvariantClass.VoterNotMember, c.Key, c.Symbol, state, v.Source, p.FileOfVotes, v.Line,
                    _invariants.NotMemberDetail(Forum.GeneralAssembly, state, date), outcome, how));
            }

            if (c.TallyFromVotes && c.Tally is { } t)
            {
                // A tally counted from the member lists is counted again without the votes taken out.
                c.Tally = Tally.Count(c.Votes.Values.Select(v => v.Vote)) with { NonVoting = t.NonVoting };
            }
        }
    }

    /// <summary>Each withheld vote is repaired when another source gives that seat's vote, else quarantined.</summary>
    private void SettleWithholdings()
    {
        // A decision folded into another by now (an orphan, a duplicate) took its withheld votes along.
        var present = _all.ToHashSet();
        foreach (var w in _withholdings)
        {
            var c = w.Decision;
            if (!present.Contains(c))
            {
                continue;
            }

            foreach (var f in w.Findings)
            {
                var vote = w.Votes.Where(v => v.State == f.State).Select(v => (long?)v.Line).FirstOrDefault();
                var (outcome, how) = Settle(c, w, f);
                _violations.Add(new InvariantViolation(f.Class, c.Key, c.Symbol, f.State, w.Source, vote is null ? w.File : w.VotesFile, vote ?? w.Line, f.Detail, outcome, how));
            }
        }
    }

    private static (ViolationOutcome, string) Settle(CanonicalDecision c, Withholding w, RecordInvariants.Finding f)
    {
        var seats = c.Date is { } date && c.Forum == Forum.SecurityCouncil ? CouncilRules.Members(date) : 0;
        var others = string.Join(", ", c.Votes.Values.Select(v => v.Source.Label()).Distinct().Order(StringComparer.Ordinal));
        if (!c.RecordedVote)
        {
            var said = c.Sources.LastOrDefault(p => p.Source is SourceId.UndlWide or SourceId.DgacmSc or SourceId.UndlVotingCsv)?.Source.Label() ?? "a better source";
            return (ViolationOutcome.Repaired, $"{said} records the decision as adopted without a vote: no member votes were cast, and none are analysed");
        }

        if (w.Whole)
        {
            return c.Votes.Count >= seats - 1 && c.Votes.Count > 0
                ? (ViolationOutcome.Repaired, $"all {w.Votes.Count} votes of this record withheld; the members' votes are taken from {others}")
                : (ViolationOutcome.Quarantined, c.Votes.Count == 0
                    ? $"all {w.Votes.Count} votes of this record withheld; no other source records this vote member by member, so it has no member votes in any analysis"
                    : $"all {w.Votes.Count} votes of this record withheld; only {c.Votes.Count} members' votes remain, from {others}");
        }

        return (ViolationOutcome.Quarantined, "the vote is kept out of every analysis");
    }

    /// <summary>A published tally (from a source other than the member lists themselves) must equal the member votes counted.</summary>
    private void CheckTallies()
    {
        foreach (var c in _all)
        {
            if (c.TallyFromVotes || c.Votes.Count == 0)
            {
                continue;
            }

            if (RecordInvariants.CheckTally(c.Tally, Tally.Count(c.Votes.Values.Select(v => v.Vote)), c.RecordedVote) is { } problem)
            {
                var p = DecisionMerger.SourceOf(c, c.TallySource);
                var voteSources = string.Join(", ", c.Votes.Values.Select(v => v.Source.Label()).Distinct().Order(StringComparer.Ordinal));
                _violations.Add(new InvariantViolation(InvariantClass.TallyMismatch, c.Key, c.Symbol, null, p.Source, p.File, p.Line, problem,
                    ViolationOutcome.Explained, TallyExplanation(c, p.Source, voteSources)));
            }
        }
    }

    private static string TallyExplanation(CanonicalDecision c, SourceId tallySource, string voteSources) =>
        c.Withheld.Count > 0
            ? $"the tally counts {c.Withheld.Count} vote(s) the invariants withheld (show lists them); the member votes analysed are the rest"
            : c.Forum == Forum.GeneralAssembly
            ? $"the tally is {tallySource.Label()}'s as announced in the hall; the member votes are {voteSources}'s, which record later corrections and absentees differently; both kept, the member votes are analysed"
            : $"the tally is {tallySource.Label()}'s; the member votes ({voteSources}) are the record analysed";

    private sealed record Withholding(CanonicalDecision Decision, SourceId Source, string File, string VotesFile, long Line, List<RecordInvariants.Finding> Findings, bool Whole, List<SourceVote> Votes);
}

/// <summary>The reconciled record: decisions with their votes, every disagreement and every invariant violation found on the way.</summary>
/// <param name="CrossCheckUnmatched">Records of a cross-check source that matched no decision of the other sources (left out).</param>
public sealed record ReconciledRecord(IReadOnlyList<CanonicalDecision> Decisions, IReadOnlyList<Disagreement> Disagreements, IReadOnlyList<InvariantViolation> Violations, int CrossCheckUnmatched = 0)
{
    /// <summary>Per Assembly session, the adopted resolutions with a recorded vote against the UN Library's count (empty
    /// when the count is not in the data folder).</summary>
    public IReadOnlyList<ControlTotal> ControlTotals { get; init; } = [];
}
