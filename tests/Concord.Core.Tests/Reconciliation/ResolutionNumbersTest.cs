using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class ResolutionNumbersTest
{
    private static readonly DateOnly July22 = new(2002, 7, 22);

    private static SourceDecision Resolution(SourceId source, string symbol, DateOnly date, string? draft, Tally tally, long line = 2) => new()
    {
        Source = source,
        File = source.Label() + ".csv",
        Line = line,
        SourceKey = source == SourceId.ScDraftVotes ? "ID " + line : symbol,
        Forum = Forum.SecurityCouncil,
        Symbol = symbol,
        Draft = draft,
        Date = date,
        Tally = tally,
    };

    private static SourceBatch Batch(SourceId source, params SourceDecision[] decisions) => new(source, decisions, [source.Label() + ".csv"], decisions.Length);

    /// <summary>The UN's numbering around 2002: S/RES/1387–1454 in 2002, the year before and after beside it.</summary>
    private static SourceBatch UnFiles(params SourceDecision[] more) => Batch(SourceId.DgacmSc,
    [
        Resolution(SourceId.DgacmSc, "S/RES/1386(2001)", new DateOnly(2001, 12, 20), "S/2001/1217", new Tally(15, 0, 0), 1),
        Resolution(SourceId.DgacmSc, "S/RES/1387(2002)", new DateOnly(2002, 1, 15), "S/2002/50", new Tally(15, 0, 0), 2),
        Resolution(SourceId.DgacmSc, "S/RES/1454(2002)", new DateOnly(2002, 12, 30), "S/2002/1400", new Tally(13, 0, 2), 3),
        Resolution(SourceId.DgacmSc, "S/RES/1455(2003)", new DateOnly(2003, 1, 17), "S/2003/60", new Tally(15, 0, 0), 4),
        .. more,
    ]);

    [Fact]
    public void Reconcile_ANumberTypedOutsideItsYearsNumbering_IsFoldedIntoTheResolutionOfTheSameDraft()
    {
        // Given the drafts file's "425 (2002)" for the vote on S/2002/799, adopted as S/RES/1425(2002)
        var typo = Resolution(SourceId.ScDraftVotes, "S/RES/425(2002)", July22, "S/2002/799", new Tally(15, 0, 0), 8158);
        var un = Resolution(SourceId.DgacmSc, "S/RES/1425(2002)", July22, "S/2002/799", new Tally(15, 0, 0), 39);

        // When the sources are reconciled
        var record = Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, typo), UnFiles(un)]);

        // Then there is no S/RES/425(2002): its source line is one of S/RES/1425(2002)'s, and the fold is a repaired violation
        Assert.DoesNotContain(record.Decisions, d => d.Symbol == "S/RES/425(2002)");
        var real = Assert.Single(record.Decisions, d => d.Symbol == "S/RES/1425(2002)");
        Assert.Contains(real.Sources, p => p.Source == SourceId.ScDraftVotes && p.Line == 8158);
        var v = Assert.Single(record.Violations, x => x.Class == InvariantClass.ResolutionNumberOutOfYear);
        Assert.Equal((ViolationOutcome.Repaired, "S/RES/1425(2002)"), (v.Outcome, v.Symbol));
        Assert.Contains("S/RES/1387–1454", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_AMisfitWithoutADraft_IsFoldedIntoTheOneResolutionOfTheSameDayAndTally()
    {
        var typo = Resolution(SourceId.ScDraftVotes, "S/RES/430(2002)", new DateOnly(2002, 8, 14), null, new Tally(14, 0, 1), 9000);
        var un = Resolution(SourceId.DgacmSc, "S/RES/1430(2002)", new DateOnly(2002, 8, 14), "S/2002/900", new Tally(14, 0, 1), 40);
        typo.Draft = "S/2002/9xx";

        var record = Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, typo), UnFiles(un)]);

        Assert.DoesNotContain(record.Decisions, d => d.Symbol == "S/RES/430(2002)" || (d.Symbol is null && d.Date == new DateOnly(2002, 8, 14)));
        Assert.Equal(ViolationOutcome.Repaired, Assert.Single(record.Violations, x => x.Class == InvariantClass.ResolutionNumberOutOfYear).Outcome);
    }

    [Fact]
    public void Reconcile_AMisfitThatFitsNoDecision_IsTakenOutOfTheRecordAndQuarantined()
    {
        // Given a number of 1978 on a vote of 2002 that no UN record matches by draft, or by day and tally
        var typo = Resolution(SourceId.ScDraftVotes, "S/RES/425(2002)", July22, "S/2002/799", new Tally(15, 0, 0), 8158);

        var record = Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, typo), UnFiles()]);

        // Then it is no decision of the record, and the violation says it is kept out
        Assert.DoesNotContain(record.Decisions, d => d.Date == July22);
        var v = Assert.Single(record.Violations, x => x.Class == InvariantClass.ResolutionNumberOutOfYear);
        Assert.Equal(ViolationOutcome.Quarantined, v.Outcome);
    }

    [Fact]
    public void Reconcile_ANumberThatFitsItsYear_IsKeptEvenWhenOnlyTheDraftsFileHasIt()
    {
        var fits = Resolution(SourceId.ScDraftVotes, "S/RES/1426(2002)", new DateOnly(2002, 7, 24), "S/2002/811", new Tally(15, 0, 0), 8200);

        var record = Reconciler.Reconcile([Batch(SourceId.ScDraftVotes, fits), UnFiles()]);

        Assert.Contains(record.Decisions, d => d.Symbol == "S/RES/1426(2002)");
        Assert.DoesNotContain(record.Violations, x => x.Class == InvariantClass.ResolutionNumberOutOfYear);
    }

    [Theory]
    [InlineData(1425, 2002, true)]
    [InlineData(425, 2002, false)]
    [InlineData(1455, 2002, false)]
    // A year no UN record covers: between the last number of the year before and the first of the year after
    [InlineData(1300, 2000, true)]
    [InlineData(1390, 2000, false)]
    public void Fits_ANumberBelongsToItsYearsRange(int number, int year, bool fits)
    {
        var ranges = new Dictionary<int, (int First, int Last)> { [1999] = (1220, 1284), [2002] = (1387, 1454), [2003] = (1455, 1521) };
        Assert.Equal(fits, ResolutionNumbers.Fits(number, year, ranges));
    }
}
