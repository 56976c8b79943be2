using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class AssemblyControlTotalsTest
{
    private static CanonicalDecision Resolution(string symbol, DateOnly date, SourceId source, DecisionKind kind = DecisionKind.Resolution)
    {
        var c = new CanonicalDecision
        {
            Forum = Forum.GeneralAssembly,
            Key = "ga:" + symbol,
            Symbol = symbol,
            Kind = kind,
            Outcome = DecisionOutcome.Adopted,
            Date = date,
            Session = Symbols.GaSession(symbol),
            RecordedVote = true,
        };
        c.Sources.Add(new Provenance(source, source.Label() + ".csv", 2, "k"));
        return c;
    }

    private static AssemblySessionCounts Counts(params (string Session, int Count)[] counts) =>
        new(counts.ToDictionary(c => c.Session, c => new SessionCount(c.Count, 5)), new DateOnly(2025, 12, 30));

    [Fact]
    public void Compute_AShortfall_NamesTheSourcesThatHoldTheSessionAndWhatEachCovers()
    {
        // Given ES-11's count of 9 and 8 resolutions on record, 6 from DGACM and 2 from the 2024-25 supplement
        var held = Enumerable.Range(1, 6).Select(i => Resolution($"A/RES/ES-11/{i}", new DateOnly(2022, 3, i), SourceId.DgacmGa))
            .Concat(Enumerable.Range(7, 2).Select(i => Resolution($"A/RES/ES-11/{i}", new DateOnly(2025, 2, 24), SourceId.UndlEsScrape))).ToList();

        var total = Assert.Single(AssemblyControlTotals.Compute(held, Counts(("ES-11", 9))));

        Assert.Equal((9, 8, 8, 0, -1), (total.Reference!.Value, total.Record, total.Listed, total.UnvotesOnly, total.Difference));
        Assert.Contains("1 missing", total.Explanation, StringComparison.Ordinal);
        Assert.Contains("dgacm-ga 6 (A/RES/ES-11/1 to A/RES/ES-11/6, 2022-03-01 to 2022-03-06)", total.Explanation, StringComparison.Ordinal);
        Assert.Contains("undl-es-scrape 2 (A/RES/ES-11/7 to A/RES/ES-11/8", total.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ASurplusOnlyUnvotesHolds_NamesThoseRollCalls_AndNothingAfterTheCountsLastDayIsCounted()
    {
        var held = new List<CanonicalDecision>
        {
            Resolution("A/RES/26/1", new DateOnly(1971, 10, 1), SourceId.UndlWide),
            Resolution("A/RES/26/2", new DateOnly(1971, 10, 2), SourceId.Unvotes),
            Resolution("A/RES/26/3", new DateOnly(1971, 10, 3), SourceId.Unvotes, DecisionKind.Amendment),
            Resolution("A/RES/80/300", new DateOnly(2026, 3, 1), SourceId.DgacmGa),
        };

        var totals = AssemblyControlTotals.Compute(held, Counts(("26", 1), ("80", 0)));

        var s26 = totals.Single(t => t.Period == "26");
        Assert.Equal((2, 1, 1, 1), (s26.Record, s26.Listed, s26.UnvotesOnly, s26.Difference));
        Assert.Contains("A/RES/26/2", s26.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("A/RES/26/3", s26.Explanation, StringComparison.Ordinal);
        Assert.Equal(0, totals.Single(t => t.Period == "80").Record);
    }
}
