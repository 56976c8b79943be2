using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class ReconcilerTest
{
    private static SourceDecision Decision(SourceId source, string key, Forum forum, string? symbol, DateOnly? date, long line = 2, DecisionKind kind = DecisionKind.Resolution, DecisionOutcome outcome = DecisionOutcome.Adopted) => new()
    {
        Source = source,
        File = source.Label() + ".csv",
        Line = line,
        SourceKey = key,
        Forum = forum,
        Symbol = symbol,
        Kind = kind,
        Outcome = outcome,
        Date = date,
    };

    private static SourceDecision WithVotes(SourceDecision d, params (string State, Vote Vote)[] votes)
    {
        var line = d.Line;
        foreach (var (state, vote) in votes)
        {
            d.Votes.Add(new SourceVote(state, vote, line++));
        }

        return d;
    }

    private static SourceBatch Batch(SourceId source, params SourceDecision[] decisions) => new(source, decisions, [source.Label() + ".csv"], decisions.Length);

    [Fact]
    public void Reconcile_AnAssemblyVoteRecordedTwice_CountsItOnce()
    {
        // Given the Digital Library's record of draft A/76/L.14 beside resolution A/RES/76/10 adopted from it that day,
        // and its A/RES/75/250A beside the DGACM's A/RES/75/250, each pair with the same votes (one non-voting member
        // listed by one record only)
        var day = new DateOnly(2021, 12, 1);
        var draft = WithVotes(Decision(SourceId.UndlWide, "undl 1", Forum.GeneralAssembly, "A/76/L.14", day, kind: DecisionKind.Draft, outcome: DecisionOutcome.Unknown),
            ("USA", Vote.No), ("CHN", Vote.Yes), ("VEN", Vote.NonVoting));
        draft.Draft = "A/76/L.14";
        var resolution = WithVotes(Decision(SourceId.DgacmGa, "A/RES/76/10", Forum.GeneralAssembly, "A/RES/76/10", day), ("USA", Vote.No), ("CHN", Vote.Yes));
        resolution.Draft = "A/76/L.14 and A/76/L.14/Add.1";
        var budget = new DateOnly(2020, 12, 31);
        var lettered = WithVotes(Decision(SourceId.UndlWide, "undl 2", Forum.GeneralAssembly, "A/RES/75/250A", budget), ("USA", Vote.No), ("CHN", Vote.Yes));
        var plain = WithVotes(Decision(SourceId.DgacmGa, "A/RES/75/250", Forum.GeneralAssembly, "A/RES/75/250", budget), ("USA", Vote.No), ("CHN", Vote.Yes));

        // And a draft voted the same day from which no resolution on record was adopted: a vote of its own, kept
        var other = WithVotes(Decision(SourceId.UndlWide, "undl 3", Forum.GeneralAssembly, "A/76/L.15", day, kind: DecisionKind.Draft, outcome: DecisionOutcome.Unknown),
            ("USA", Vote.Yes), ("CHN", Vote.Yes));
        other.Draft = "A/76/L.15";

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.UndlWide, draft, lettered, other), Batch(SourceId.DgacmGa, resolution, plain)]);

        // Then each vote recorded twice is one decision under the resolution's number, with the copy's non-voting member added
        Assert.Equal(["A/76/L.15", "A/RES/75/250", "A/RES/76/10"], record.Decisions.Select(d => d.Symbol).Order(StringComparer.Ordinal));
        var kept = Assert.Single(record.Decisions, d => d.Symbol == "A/RES/76/10");
        Assert.Equal(Vote.NonVoting, kept.Votes["VEN"].Vote);

        // And each fold is reported, naming the copy
        Assert.Equal(["A/76/L.14", "A/RES/75/250A"], record.Disagreements.Where(x => x.Field == "duplicate").Select(x => x.ValueA).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reconcile_SameSymbolFromTwoSources_GivesOneRecordWithTheBetterSourcesVotesAndOneDisagreementPerDifference()
    {
        // Given unvotes and the UNDL voting CSV recording A/RES/68/262 with a different French vote and date
        var unvotes = WithVotes(Decision(SourceId.Unvotes, "rcid 1003", Forum.GeneralAssembly, "A/RES/68/262", new DateOnly(2014, 3, 20), line: 10),
            ("USA", Vote.Yes), ("RUS", Vote.No), ("FRA", Vote.Yes));
        unvotes.Tally = new Tally(100, 11, 58);
        var undl = WithVotes(Decision(SourceId.UndlVotingCsv, "undl 767565", Forum.GeneralAssembly, "A/RES/68/262", new DateOnly(2014, 3, 27), line: 40),
            ("USA", Vote.Yes), ("RUS", Vote.No), ("FRA", Vote.Abstain));
        undl.Tally = new Tally(100, 11, 58, 24);

        // When they are reconciled (the better source given first, to show the order does not matter)
        var record = Reconciler.Reconcile([Batch(SourceId.UndlVotingCsv, undl), Batch(SourceId.Unvotes, unvotes)]);

        // Then there is one record with UNDL's votes and date, and one vote and one date disagreement naming both sources
        var c = Assert.Single(record.Decisions);
        Assert.Equal("ga:A/RES/68/262", c.Key);
        Assert.Equal(1, c.Id);
        Assert.Equal(new DateOnly(2014, 3, 27), c.Date);
        Assert.Equal(SourceId.UndlVotingCsv, c.DateSource);
        Assert.Equal(new VoteRecord(Vote.Abstain, SourceId.UndlVotingCsv, 42), c.Votes["FRA"]);
        Assert.Equal(new VoteRecord(Vote.Yes, SourceId.UndlVotingCsv, 40), c.Votes["USA"]);
        Assert.Equal(3, c.Votes.Count);
        Assert.Equal([SourceId.Unvotes, SourceId.UndlVotingCsv], c.Sources.Select(s => s.Source));
        Assert.Equal(2, record.Disagreements.Count);

        var vote = Assert.Single(record.Disagreements, x => x.Field == "vote");
        Assert.Equal("FRA", vote.State);
        Assert.Equal("A/RES/68/262", vote.Symbol);
        Assert.Equal((SourceId.Unvotes, "yes", "unvotes.csv", 12L), (vote.SourceA, vote.ValueA, vote.FileA, vote.LineA));
        Assert.Equal((SourceId.UndlVotingCsv, "abstain", "undl-csv.csv", 42L), (vote.SourceB, vote.ValueB, vote.FileB, vote.LineB));
        Assert.Equal("abstain", vote.Kept);

        var date = Assert.Single(record.Disagreements, x => x.Field == "date");
        Assert.Null(date.State);
        Assert.Equal((SourceId.Unvotes, "2014-03-20", 10L), (date.SourceA, date.ValueA, date.LineA));
        Assert.Equal((SourceId.UndlVotingCsv, "2014-03-27", 40L), (date.SourceB, date.ValueB, date.LineB));
        Assert.Equal("2014-03-27", date.Kept);
    }

    [Fact]
    public void Reconcile_DifferentTallies_ProduceATallyDisagreementAndKeepTheBetterTally()
    {
        // Given two sources with different tallies for one resolution
        var unvotes = Decision(SourceId.Unvotes, "rcid 1", Forum.GeneralAssembly, "A/RES/74/1", new DateOnly(2019, 10, 1));
        unvotes.Tally = new Tally(150, 3, 10);
        var dgacm = Decision(SourceId.DgacmGa, "A/RES/74/1", Forum.GeneralAssembly, "A/RES/74/1", new DateOnly(2019, 10, 1));
        dgacm.Tally = new Tally(151, 3, 10);

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, unvotes), Batch(SourceId.DgacmGa, dgacm)]);

        // Then DGACM's tally is kept and the difference reported
        var c = Assert.Single(record.Decisions);
        Assert.Equal(new Tally(151, 3, 10), c.Tally);
        Assert.Equal(SourceId.DgacmGa, c.TallySource);
        var x = Assert.Single(record.Disagreements);
        Assert.Equal(("tally", "150-3-10", "151-3-10"), (x.Field, x.ValueA, x.ValueB));
    }

    [Fact]
    public void Reconcile_UnvotesAmendmentRollCall_StaysSeparateFromTheResolutionVote()
    {
        // Given unvotes roll calls on a resolution and on an amendment to it, and the UNDL record of the resolution
        var whole = WithVotes(Decision(SourceId.Unvotes, "rcid 1001", Forum.GeneralAssembly, "A/RES/2621(XXV)", new DateOnly(1970, 10, 12)), ("USA", Vote.Yes));
        var amendment = WithVotes(Decision(SourceId.Unvotes, "rcid 1002", Forum.GeneralAssembly, "A/RES/2621(XXV)", new DateOnly(1970, 10, 12), line: 3, kind: DecisionKind.Amendment, outcome: DecisionOutcome.Unknown), ("USA", Vote.No));
        var undl = WithVotes(Decision(SourceId.UndlVotingCsv, "undl 1", Forum.GeneralAssembly, "A/RES/2621(XXV)", new DateOnly(1970, 10, 12)), ("USA", Vote.Yes));

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, whole, amendment), Batch(SourceId.UndlVotingCsv, undl)]);

        // Then the amendment is its own decision and the resolution vote merges with UNDL without disagreement
        Assert.Equal(2, record.Decisions.Count);
        var res = Assert.Single(record.Decisions, d => d.Kind == DecisionKind.Resolution);
        Assert.Equal("ga:A/RES/2621(XXV)", res.Key);
        Assert.Equal(2, res.Sources.Count);
        Assert.Equal(Vote.Yes, res.Votes["USA"].Vote);
        var amend = Assert.Single(record.Decisions, d => d.Kind == DecisionKind.Amendment);
        Assert.Equal("ga:unvotes:rcid 1002", amend.Key);
        Assert.Equal("A/RES/2621(XXV)", amend.Symbol);
        Assert.Single(amend.Sources);
        Assert.Equal(Vote.No, amend.Votes["USA"].Vote);
        Assert.Empty(record.Disagreements);
    }

    [Fact]
    public void Reconcile_VetoListAndDraftsFile_MergeOnTheDraftSymbol_WithVetoersFromTheList()
    {
        // Given the DHL veto list and the drafts file recording the vetoed draft S/2022/431
        var veto = Decision(SourceId.DhlVetoList, "S/2022/431 (line 2)", Forum.SecurityCouncil, "S/2022/431", new DateOnly(2022, 5, 26), kind: DecisionKind.Draft, outcome: DecisionOutcome.Vetoed);
        veto.Draft = "S/2022/431";
        veto.Vetoers.AddRange(["RUS", "CHN"]);
        var drafts = WithVotes(Decision(SourceId.ScDraftVotes, "ID 2", Forum.SecurityCouncil, "S/2022/431", new DateOnly(2022, 5, 26), kind: DecisionKind.Draft, outcome: DecisionOutcome.Vetoed),
            ("CHN", Vote.No), ("RUS", Vote.No), ("USA", Vote.Yes), ("FRA", Vote.Yes));
        drafts.Draft = "S/2022/431";
        drafts.Tally = new Tally(13, 2, 0);
        drafts.TallyFromVotes = true; // as the drafts reader counts it (this fixture lists four of the fifteen)

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.DhlVetoList, veto), Batch(SourceId.ScDraftVotes, drafts)]);

        // Then one vetoed draft carries the drafts file's votes and the list's vetoers, without disagreement
        var c = Assert.Single(record.Decisions);
        Assert.Equal("sc:S/2022/431", c.Key);
        Assert.Equal(DecisionOutcome.Vetoed, c.Outcome);
        Assert.Equal(4, c.Votes.Count);
        Assert.Equal(["CHN", "RUS"], c.Vetoers);
        Assert.Equal(["RUS", "CHN"], c.VetoersBySource[SourceId.DhlVetoList]);
        Assert.Empty(record.Disagreements);
    }

    [Fact]
    public void Reconcile_TwoVetoListsDisagreeing_KeepTheDhlVetoersAndReportTheWpdlOnes()
    {
        // Given the DHL list naming China and Russia and the WPDL list naming Russia only
        var dhl = Decision(SourceId.DhlVetoList, "S/2022/431 (line 2)", Forum.SecurityCouncil, "S/2022/431", new DateOnly(2022, 5, 26), kind: DecisionKind.Draft, outcome: DecisionOutcome.Vetoed);
        dhl.Vetoers.AddRange(["CHN", "RUS"]);
        var wpdl = Decision(SourceId.WpdlVetoList, "S/2022/431 (line 5)", Forum.SecurityCouncil, "S/2022/431", new DateOnly(2022, 5, 26), line: 5, kind: DecisionKind.Draft, outcome: DecisionOutcome.Vetoed);
        wpdl.Vetoers.Add("RUS");

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.WpdlVetoList, wpdl), Batch(SourceId.DhlVetoList, dhl)]);

        // Then the DHL list wins and the difference is one vetoers disagreement
        var c = Assert.Single(record.Decisions);
        Assert.Equal(["CHN", "RUS"], c.Vetoers);
        var x = Assert.Single(record.Disagreements);
        Assert.Equal("vetoers", x.Field);
        Assert.Equal((SourceId.WpdlVetoList, "RUS", 5L), (x.SourceA, x.ValueA, x.LineA));
        Assert.Equal((SourceId.DhlVetoList, "CHN,RUS"), (x.SourceB, x.ValueB));
    }

    [Fact]
    public void Reconcile_VetoedDraftWithoutList_TakesVetoersFromPermanentMembersNoVotes()
    {
        // Given only the drafts file, where Russia (permanent) and Mali (elected) vote no
        var drafts = WithVotes(Decision(SourceId.ScDraftVotes, "ID 9", Forum.SecurityCouncil, "S/2023/500", new DateOnly(2023, 8, 30), kind: DecisionKind.Draft, outcome: DecisionOutcome.Vetoed),
            ("RUS", Vote.No), ("MLI", Vote.No), ("CHN", Vote.Abstain), ("USA", Vote.Yes));

        // When it is reconciled
        var c = Assert.Single(Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, drafts)]).Decisions);

        // Then only the permanent member is a vetoer
        Assert.Equal(["RUS"], c.Vetoers);
    }

    [Fact]
    public void Reconcile_UndlWideRecordWithOtherSymbol_MatchesUnvotesRollCallWithSameTallyWithin20Days()
    {
        // Given an unvotes roll call and a UNDL-wide record 15 days later with the same tally but another symbol
        var unvotes = Decision(SourceId.Unvotes, "rcid 500", Forum.GeneralAssembly, "A/RES/1001(XI)", new DateOnly(1957, 1, 1));
        unvotes.Tally = new Tally(50, 10, 5);
        var wide = Decision(SourceId.UndlWide, "undl 42", Forum.GeneralAssembly, "A/RES/1000(XI)", new DateOnly(1957, 1, 16));
        wide.Tally = new Tally(50, 10, 5, 0);

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, unvotes), Batch(SourceId.UndlWide, wide)]);

        // Then they are one decision under the UNDL symbol, and the symbol difference is reported
        var c = Assert.Single(record.Decisions);
        Assert.Equal("A/RES/1000(XI)", c.Symbol);
        Assert.Equal(2, c.Sources.Count);
        var x = Assert.Single(record.Disagreements, d => d.Field == "symbol");
        Assert.Equal(("A/RES/1001(XI)", "A/RES/1000(XI)"), (x.ValueA, x.ValueB));
        Assert.Contains(record.Disagreements, d => d.Field == "date");
    }

    [Fact]
    public void Reconcile_UndlWideRecordWithoutSymbol_MatchesUnvotesRollCallWithSameTally()
    {
        // Given an unvotes roll call and a UNDL-wide record with no symbol, same tally, 5 days apart
        var unvotes = Decision(SourceId.Unvotes, "rcid 501", Forum.GeneralAssembly, "A/RES/1002(XI)", new DateOnly(1957, 2, 1));
        unvotes.Tally = new Tally(40, 2, 3);
        var wide = Decision(SourceId.UndlWide, "undl 43", Forum.GeneralAssembly, null, new DateOnly(1957, 2, 6), outcome: DecisionOutcome.Unknown);
        wide.Tally = new Tally(40, 2, 3, 0);

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, unvotes), Batch(SourceId.UndlWide, wide)]);

        // Then they are one decision that keeps the unvotes symbol
        var c = Assert.Single(record.Decisions);
        Assert.Equal("A/RES/1002(XI)", c.Symbol);
        Assert.Equal(new DateOnly(1957, 2, 6), c.Date);
    }

    [Fact]
    public void Reconcile_UndlWideRecord40DaysAway_StaysSeparate()
    {
        // Given the same tally but 40 days apart
        var unvotes = Decision(SourceId.Unvotes, "rcid 500", Forum.GeneralAssembly, "A/RES/1001(XI)", new DateOnly(1957, 1, 1));
        unvotes.Tally = new Tally(50, 10, 5);
        var wide = Decision(SourceId.UndlWide, "undl 42", Forum.GeneralAssembly, "A/RES/1000(XI)", new DateOnly(1957, 2, 10));
        wide.Tally = new Tally(50, 10, 5, 0);

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, unvotes), Batch(SourceId.UndlWide, wide)]);

        // Then they remain two decisions with no disagreement
        Assert.Equal(2, record.Decisions.Count);
        Assert.Equal(["A/RES/1001(XI)", "A/RES/1000(XI)"], record.Decisions.Select(d => d.Symbol));
        Assert.Empty(record.Disagreements);
    }

    [Fact]
    public void Reconcile_DuplicateRecordInAResolutionFile_IsMergedButRepeatedRollCallsAreNot()
    {
        // Given DGACM repeating one record, and unvotes with two roll calls under one symbol
        var d1 = Decision(SourceId.DgacmGa, "A/RES/75/1", Forum.GeneralAssembly, "A/RES/75/1", new DateOnly(2020, 9, 21));
        var d2 = Decision(SourceId.DgacmGa, "A/RES/75/1", Forum.GeneralAssembly, "A/RES/75/1", new DateOnly(2020, 9, 21), line: 3);
        var r1 = Decision(SourceId.Unvotes, "rcid 7", Forum.GeneralAssembly, "A/RES/70/1", new DateOnly(2015, 9, 25));
        var r2 = Decision(SourceId.Unvotes, "rcid 8", Forum.GeneralAssembly, "A/RES/70/1", new DateOnly(2015, 9, 25), line: 3);

        // When they are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.DgacmGa, d1, d2), Batch(SourceId.Unvotes, r1, r2)]);

        // Then the DGACM duplicate is one decision and the two roll calls are two, ordered by date
        Assert.Equal(["ga:A/RES/70/1", "ga:A/RES/70/1#rcid 8", "ga:A/RES/75/1"], record.Decisions.Select(d => d.Key));
        Assert.Equal([1, 2, 3], record.Decisions.Select(d => d.Id));
    }
}
