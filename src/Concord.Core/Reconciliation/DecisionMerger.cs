using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Merges one source's record of a decision into the reconciled decision, field by field and vote by vote.</summary>
/// <remarks>
/// Records arrive in ascending precedence, so an incoming value overrides the one held; every override with a
/// different value is logged as a <see cref="Disagreement"/>. A cross-check source (<see cref="SourceIds.IsCrossCheck"/>)
/// only fills what is missing: it is read last and its differences are logged, never kept.
/// </remarks>
internal sealed class DecisionMerger(DisagreementLog log)
{
    public void Merge(CanonicalDecision c, SourceDecision d)
    {
        var first = c.Sources.Count == 0;
        var fillOnly = d.Source.IsCrossCheck();
        if (!first)
        {
            LogFieldDifferences(c, d);
        }

        // A date whose year contradicts the year in the Council symbol is a source slip (DGACM's S/RES/2423(2018)
        // carries a 2016 date): it never wins, whatever the source's precedence.
        if (d.Date is { } incoming && (c.Date is null || (!fillOnly && !ContradictsSymbolYear(c.Symbol ?? d.Symbol, incoming))))
        {
            c.Date = incoming;
            c.DateSource = d.Source;
        }

        if (d.Tally is not null && (c.Tally is null || (!fillOnly && d.RecordedVote)))
        {
            c.Tally = d.Tally;
            c.TallySource = d.Source;
            c.TallyFromVotes = d.TallyFromVotes;
        }

        if (d.Outcome != DecisionOutcome.Unknown && (c.Outcome == DecisionOutcome.Unknown || !fillOnly))
        {
            c.Outcome = d.Outcome;
        }

        if (first || (d.Kind is DecisionKind.Resolution && !fillOnly))
        {
            c.Kind = d.Kind;
        }

        if (fillOnly)
        {
            c.Meeting ??= d.Meeting;
        }
        else
        {
            c.Draft = d.Draft ?? c.Draft;
            c.AlternateSymbol ??= d.AlternateSymbol;
            c.Session = d.Session ?? c.Session;
            c.RegularSession ??= d.RegularSession;
            c.Title = DecisionTitles.Better(c.Title, d.Title);
            c.AgendaItem = d.AgendaItem ?? c.AgendaItem;
            c.Subjects = d.Subjects ?? c.Subjects;
            c.Meeting = d.Meeting ?? c.Meeting;
            c.Important = d.Important ?? c.Important;
            c.UndlId = d.UndlId ?? c.UndlId;

            // Whether a vote was taken follows the better source: the Digital Library's "X for every member" and
            // DGACM's "without a vote" override a compilation that codes every member Yes.
            c.RecordedVote = first ? d.RecordedVote : d.RecordedVote || (c.RecordedVote && !SaysNoVote(d));
        }

        foreach (var issue in d.Issues)
        {
            if (!c.Issues.Contains(issue))
            {
                c.Issues.Add(issue);
            }
        }

        MergeVotes(c, d, fillOnly);
        if (d.Vetoers.Count > 0)
        {
            c.VetoersBySource[d.Source] = [.. d.Vetoers.Distinct()];
        }

        c.Sources.Add(new Provenance(d.Source, d.File, d.Line, d.SourceKey, d.VotesFile));
    }

    private void LogFieldDifferences(CanonicalDecision c, SourceDecision d)
    {
        if (d.Date is { } date && c.Date is { } existing && date != existing)
        {
            var kept = d.Source.IsCrossCheck() || ContradictsSymbolYear(c.Symbol ?? d.Symbol, date) ? existing : date;
            log.Field(c, "date", null, SourceOf(c, c.DateSource), existing.ToString("yyyy-MM-dd"), d, date.ToString("yyyy-MM-dd"), kept.ToString("yyyy-MM-dd"));
        }

        if (d.Tally is { } t && c.Tally is { } ct && (t.Yes, t.No, t.Abstain) != (ct.Yes, ct.No, ct.Abstain) && d.RecordedVote)
        {
            var kept = d.Source.IsCrossCheck() ? ct : t;
            log.Field(c, "tally", null, SourceOf(c, c.TallySource), ct.ToString(), d, t.ToString(), kept.ToString());
        }

        if (d.Outcome != DecisionOutcome.Unknown && c.Outcome != DecisionOutcome.Unknown && d.Outcome != c.Outcome)
        {
            log.Field(c, "outcome", null, c.Sources[^1], c.Outcome.ToString(), d, d.Outcome.ToString(), d.Source.IsCrossCheck() ? c.Outcome.ToString() : d.Outcome.ToString());
        }
    }

    private void MergeVotes(CanonicalDecision c, SourceDecision d, bool fillOnly)
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
                    log.Vote(c, d.Symbol, v.State, d.Source, prior.Vote.Label(), d.FileOfVotes, prior.Line, d.Source, v.Vote.Label(), d.FileOfVotes, v.Line, prior.Vote.Label());
                }
            }
        }

        // Sized once for the record's members rather than grown through its powers of two (a million votes in all).
        c.Votes.EnsureCapacity(own.Count);
        foreach (var (state, v) in own)
        {
            var held = c.Votes.TryGetValue(state, out var existing);
            if (held && existing.Vote != v.Vote)
            {
                var prov = c.Sources.FirstOrDefault(p => p.Source == existing.Source) ?? c.Sources[0];
                var kept = fillOnly ? existing.Vote : v.Vote;
                log.Vote(c, d.Symbol, state, existing.Source, existing.Vote.Label(), prov.FileOfVotes, existing.Line, d.Source, v.Vote.Label(), d.FileOfVotes, v.Line, kept.Label());
            }

            if (!held || !fillOnly)
            {
                c.Votes[state] = new VoteRecord(v.Vote, d.Source, v.Line);
            }
        }
    }

    private static bool SaysNoVote(SourceDecision d) => !d.RecordedVote && d.Source is SourceId.UndlWide or SourceId.DgacmGa or SourceId.DgacmSc or SourceId.UndlVotingCsv;

    /// <summary>Whether a date cannot be right for the symbol: a Council resolution's year is in its symbol, and a regular
    /// Assembly session N sits from September of 1945 + N to September of the next year (the Digital Library dates
    /// A/RES/37/46 of 1982 to 3 December 1980).</summary>
    internal static bool ContradictsSymbolYear(string? symbol, DateOnly date)
    {
        if (symbol is not null && symbol.StartsWith("A/RES/", StringComparison.Ordinal)
            && int.TryParse(Symbols.GaSession(symbol), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var session))
        {
            return date.Year < UnCalendar.SessionOpeningYear(session) || date.Year > UnCalendar.SessionOpeningYear(session) + 1;
        }

        if (symbol is null || !symbol.StartsWith("S/RES/", StringComparison.Ordinal) || !symbol.EndsWith(')'))
        {
            return false;
        }

        var open = symbol.LastIndexOf('(');
        return open > 0 && int.TryParse(symbol.AsSpan(open + 1, symbol.Length - open - 2), out var year) && year != date.Year;
    }

    internal static Provenance SourceOf(CanonicalDecision c, SourceId? source) =>
        c.Sources.LastOrDefault(p => p.Source == source) ?? c.Sources[^1];
}
