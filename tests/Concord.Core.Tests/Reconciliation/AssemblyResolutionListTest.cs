using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

/// <summary>An Assembly roll call is an adopted resolution only where the UN says so, with a symbol only where the UN gave it.</summary>
public class AssemblyResolutionListTest
{
    private static SourceDecision RollCall(int rcid, string? symbol, DateOnly date, string title, params (string State, Vote Vote)[] votes)
    {
        var d = new SourceDecision
        {
            Source = SourceId.Unvotes,
            File = UnvotesReader.RollCalls,
            VotesFile = UnvotesReader.VotesFile,
            Line = rcid + 1,
            SourceKey = $"rcid {rcid}",
            Forum = Forum.GeneralAssembly,
            Symbol = symbol,
            Kind = DecisionKind.Resolution,
            Outcome = DecisionOutcome.Adopted,
            Date = date,
            Session = symbol is null ? null : Symbols.GaSession(symbol),
            Title = title,
            TallyFromVotes = true,
        };
        var line = 1000L * rcid;
        foreach (var (state, vote) in votes)
        {
            d.Votes.Add(new SourceVote(state, vote, line++));
        }

        d.Tally = Tally.Count(d.Votes.Select(v => v.Vote));
        return d;
    }

    private static SourceDecision Listed(string symbol, DateOnly date, params (string State, Vote Vote)[] votes)
    {
        var d = new SourceDecision
        {
            Source = SourceId.UndlWide,
            File = UndlWideReader.File,
            Line = 7,
            SourceKey = "undl 1",
            Forum = Forum.GeneralAssembly,
            Symbol = symbol,
            Date = date,
            Session = Symbols.GaSession(symbol),
            Title = "A resolution the UN lists",
        };
        foreach (var (state, vote) in votes)
        {
            d.Votes.Add(new SourceVote(state, vote, 7));
        }

        d.Tally = Tally.Count(d.Votes.Select(v => v.Vote));
        return d;
    }

    private static AssemblySessionCounts Counts(params (string Session, int Count)[] counts) =>
        new(counts.Select((c, i) => (c.Session, new SessionCount(c.Count, i + 2))).ToDictionary(x => x.Session, x => x.Item2), new DateOnly(2025, 12, 30));

    private static SourceBatch Batch(SourceId source, params SourceDecision[] decisions) => new(source, decisions, ["f"], decisions.Length);

    private static readonly (string, Vote)[] s_adopted = [("USA", Vote.Yes), ("FRA", Vote.Yes), ("IND", Vote.Yes), ("SUN", Vote.No)];

    [Fact]
    public void Reconcile_ASessionWhoseNumbersAreNotTheUns_NamesItsOtherRollCallsByTheirUnvotesId_AndReadsTheirKind()
    {
        // Given three roll calls of the 15th session as unvotes numbers them (100, 200, 300), the first of which the
        // Digital Library holds as A/RES/1500(XV), and the UN Library's count of one adopted resolution that session
        var day = new DateOnly(1960, 10, 1);
        var resolution = RollCall(1, "A/RES/100(XV)", day, "TO ADOPT 4TH COMM. DRAFT RESOLUTION (A/4650)", s_adopted);
        var motion = RollCall(2, "A/RES/200(XV)", day, "TO ADOPT GHANA MOTION ADJOURNING THE DEBATE", ("USA", Vote.No), ("FRA", Vote.No), ("IND", Vote.Yes), ("SUN", Vote.Yes));
        var draft = RollCall(3, "A/RES/300(XV)", day, "TO ADOPT U.S.S.R. DRAFT RESOLUTION (A/L.230) ON DISARMAMENT", ("USA", Vote.No), ("FRA", Vote.No), ("IND", Vote.Abstain), ("SUN", Vote.Yes));
        var un = Listed("A/RES/1500(XV)", day.AddDays(4), s_adopted);

        // When the sources are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, resolution, motion, draft), Batch(SourceId.UndlWide, un)], sessionCounts: Counts(("15", 1)));

        // Then the UN's resolution keeps its symbol and its key
        var adopted = record.Decisions.Single(d => d.Symbol == "A/RES/1500(XV)");
        Assert.Equal("ga:A/RES/1500(XV)", adopted.Key);
        Assert.Equal(DecisionKind.Resolution, adopted.Kind);

        // And the other two lose unvotes's numbers (the session's numbers are not the UN's), are keyed by their roll call,
        // and are what their words say: a motion, and a draft that failed (1 yes, 2 no)
        var m = record.Decisions.Single(d => d.Key == "ga:unvotes:rcid 2");
        Assert.Null(m.Symbol);
        Assert.Equal(DecisionKind.Procedural, m.Kind);
        Assert.Equal(DecisionOutcome.Unknown, m.Outcome);
        var f = record.Decisions.Single(d => d.Key == "ga:unvotes:rcid 3");
        Assert.Null(f.Symbol);
        Assert.Equal(DecisionKind.Draft, f.Kind);
        Assert.Equal(DecisionOutcome.Failed, f.Outcome);
        Assert.Equal("A/L.230", f.Draft);

        // And each repair is a finding on the right decision, the symbol unvotes gave kept on it
        var numbering = record.Violations.Where(v => v.Class == InvariantClass.SymbolOutsideNumbering).ToList();
        Assert.Equal(["A/RES/200(XV)", "A/RES/300(XV)"], numbering.Select(v => v.Symbol).Order(StringComparer.Ordinal));
        Assert.Equal(["ga:unvotes:rcid 2", "ga:unvotes:rcid 3"], numbering.Select(v => v.DecisionKey).Order(StringComparer.Ordinal));
        Assert.Equal(2, record.Violations.Count(v => v.Class == InvariantClass.RollCallNotAnAdoptedResolution));

        // And the session's control total is equal
        var total = Assert.Single(record.ControlTotals);
        Assert.Equal(("15", 1, 1, 0), (total.Period, total.Reference, total.Record, total.Difference));
        Assert.Equal("equal", total.Explanation);
    }

    [Fact]
    public void Reconcile_WithoutTheUnsCount_KeepsUnvotesRollCallsAsTheyAre_WhereItsNumbersAreTheUns()
    {
        // Given a session where the UN's record carries the number unvotes gives, and a second roll call only unvotes holds
        var day = new DateOnly(1980, 12, 1);
        var matched = RollCall(1, "A/RES/35/10", day, "TO ADOPT DRAFT RESOLUTION", s_adopted);
        var only = RollCall(2, "A/RES/35/11", day, "TO ADOPT DRAFT RESOLUTION II", ("USA", Vote.Yes), ("FRA", Vote.No), ("IND", Vote.Yes), ("SUN", Vote.Yes));
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, matched, only), Batch(SourceId.UndlWide, Listed("A/RES/35/10", day, s_adopted))]);

        // Then, with no count to say the UN's list of the session is complete, the second stays an adopted resolution
        var d = record.Decisions.Single(x => x.Symbol == "A/RES/35/11");
        Assert.Equal((DecisionKind.Resolution, DecisionOutcome.Adopted), (d.Kind, d.Outcome));
        Assert.Empty(record.ControlTotals);
    }

    [Fact]
    public void Reconcile_ANumberFrom401InTheModernNumbering_IsAnAssemblyDecision_NotAResolution()
    {
        var day = new DateOnly(1978, 12, 1);
        var decision = RollCall(1, "A/RES/33/429", day, "TO APPROVE A MEDIUM-TERM PLAN", ("USA", Vote.No), ("FRA", Vote.Yes), ("IND", Vote.Yes), ("SUN", Vote.Yes));
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, decision)]);
        var d = Assert.Single(record.Decisions);
        Assert.Equal(DecisionKind.AssemblyDecision, d.Kind);
        Assert.Null(d.Symbol);
        Assert.Equal("ga:unvotes:rcid 1", d.Key);
        Assert.StartsWith("General Assembly decision 33/429: ", d.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_AnOldStyleNumberOutsideItsSessionsRange_IsNotKept()
    {
        // Given the UN's resolutions of sessions 2 and 4 numbered 150 and 300, and an unvotes roll call of session 3
        // whose number 592 lies beyond session 4's
        var d2 = Listed("A/RES/150(II)", new DateOnly(1947, 11, 1), s_adopted);
        var d4 = Listed("A/RES/300(IV)", new DateOnly(1949, 11, 1), s_adopted);
        var odd = RollCall(9, "A/RES/592(III)", new DateOnly(1948, 11, 7), "TO ADOPT OPERATIVE PARAGRAPH 2", ("USA", Vote.No), ("FRA", Vote.No), ("IND", Vote.Yes), ("SUN", Vote.Yes));
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, odd), Batch(SourceId.UndlWide, d2, d4)]);

        var d = record.Decisions.Single(x => x.Key == "ga:unvotes:rcid 9");
        Assert.Null(d.Symbol);
        var finding = record.Violations.Single(v => v.Class == InvariantClass.SymbolOutsideNumbering);
        Assert.Contains("outside session 3's resolutions (151 to 299", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_AnUnvotesPartLetterTheUnDoesNotHold_IsNotASymbol_TheRollCallStaysUnderTheUnsResolution()
    {
        // Given the UN's A/RES/3257(XXIX), and unvotes's priority motion under it, lettered A by unvotes
        var day = new DateOnly(1974, 12, 9);
        var resolution = RollCall(1, "A/RES/3257(XXIX)B", day, "TO ADOPT DRAFT RES (A/L.737/REV.1)", s_adopted);
        var motion = RollCall(2, "A/RES/3257(XXIX)A", day, "REQ FOR PRIORITY IN VOTING ON RES (A/L.737.REV.1).", ("USA", Vote.No), ("FRA", Vote.Yes), ("IND", Vote.Yes), ("SUN", Vote.Abstain));
        var record = Reconciler.Reconcile([Batch(SourceId.Unvotes, resolution, motion), Batch(SourceId.UndlWide, Listed("A/RES/3257(XXIX)", day, s_adopted))]);

        // Then the motion is a roll call of its own under the UN's symbol, its kind read from its words, and the
        // letter unvotes gave it is kept on the finding, so that asking for it still finds the roll call
        var m = record.Decisions.Single(d => d.Key == "ga:unvotes:rcid 2");
        Assert.Equal("A/RES/3257(XXIX)", m.Symbol);
        Assert.Equal(DecisionKind.Procedural, m.Kind);
        Assert.Equal(DecisionOutcome.Unknown, m.Outcome);
        Assert.Contains(record.Violations, v => v.Class == InvariantClass.SymbolOutsideNumbering && v.Symbol == "A/RES/3257(XXIX)A" && v.DecisionKey == m.Key);
        Assert.Equal(DecisionKind.Resolution, record.Decisions.Single(d => d.Symbol == "A/RES/3257(XXIX)" && d.Key == "ga:A/RES/3257(XXIX)").Kind);
    }

    [Theory]
    [InlineData("TO ADOPT GHANA MOTION ADJOURNING THE DEBATE", DecisionKind.Procedural)]
    [InlineData("TO ADOPT PRESIDENT'S RULING REQUIRING A 2/3 MAJORITY", DecisionKind.Procedural)]
    [InlineData("TO ADOPT A GENERAL COMMITTEE RECOMMENDATION (A/4520) TO INCLUDE AN ITEM ON TIBET IN THE AGENDA", DecisionKind.Procedural)]
    [InlineData("TO ADOPT GUINEA AMENDMENT (A/L.322/REV.1) TO THE CREDENTIALS COMM. DRAFT RESOL.", DecisionKind.Amendment)]
    [InlineData("TO ADOPT OPERATIVE PARAGRAPH 4 OF THE 1ST COMM. DRAFT", DecisionKind.Paragraph)]
    [InlineData("TO ADOPT 1ST COMMITTEE DRAFT RESOLUTION (A/852) ALLOWING MEMBER STATES FULL FREEDOM", DecisionKind.Draft)]
    [InlineData(null, DecisionKind.SeparateVote)]
    public void KindFromDescription_ReadsWhatWasVoted(string? words, DecisionKind expected) =>
        Assert.Equal(expected, AssemblyResolutionList.KindFromDescription(words));
}
