using System.Collections.Concurrent;
using Concord.Analysis.Agreement;
using Concord.Domain;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

public class AllPairsAgreementTest
{
    /// <summary>
    /// Four states over five decisions in 2015 and five in 2016. CCC did not vote in 2015; in 2016 AAA and BBB
    /// share no vote, and BBB and DDD share exactly one.
    /// </summary>
    private static VoteMatrix TwoYears()
    {
        var decisions = Enumerable.Range(0, 10)
            .Select(c => Decision(c + 1, c < 5 ? new DateOnly(2015, 3, 1 + c) : new DateOnly(2016, 10, c)))
            .ToArray();
        return Matrix(decisions,
            ("AAA", "YYNAY" + "Y--NY"),
            ("BBB", "YNNYA" + "-YA--"),
            ("CCC", "-----" + "NYYAX"),
            ("DDD", "XYANN" + "YA-NY"));
    }

    private static IReadOnlyList<Period> Years(VoteMatrix m) => Periods.Build(m, PeriodKind.Year, _ => true);

    private static PairCounts Scalar(VoteMatrix m, Period period, int a, int b) =>
        ScalarPairKernel.Count(ScalarPairKernel.Gather(m, a, period.Columns), ScalarPairKernel.Gather(m, b, period.Columns));

    [Fact]
    public void Compute_ReturnsThePairsSharingAVote_InPeriodThenRowOrder_WithTheScalarCounts()
    {
        // Given the two-year matrix and its yearly periods
        var m = TwoYears();
        var periods = Years(m);
        Assert.Equal(["2015", "2016"], periods.Select(p => p.Label));

        // When every pair is computed
        var pairs = AllPairsAgreement.Compute(m, periods);

        // Then 2015 has the three pairs without CCC, 2016 the five pairs other than AAA–BBB, with these n
        //   2015: AAA–BBB all 5; AAA–DDD and BBB–DDD 4 (DDD non-voting on the first)
        //   2016: AAA–CCC 2, AAA–DDD 3, BBB–CCC 2, BBB–DDD 1, CCC–DDD 3
        Assert.Equal(
            [(0, 0, 1, 5), (0, 0, 3, 4), (0, 1, 3, 4), (1, 0, 2, 2), (1, 0, 3, 3), (1, 1, 2, 2), (1, 1, 3, 1), (1, 2, 3, 3)],
            pairs.Select(p => (p.Period, p.A, p.B, p.Counts.N)));

        // And each pair's counts are the scalar kernel's
        Assert.All(pairs, p => Assert.Equal(Scalar(m, periods[p.Period], p.A, p.B), p.Counts));

        // And the AAA–BBB 2015 pair is the hand-computed one (YYNAY against YNNYA)
        Assert.Equal(new PairCounts(5, 1, 0, 1, 1, 0, 3, 1, 2, 1), pairs[0].Counts);
    }

    [Fact]
    public void Compute_WithAHigherMinimum_LeavesOutThePairsBelowIt_AndClosesTheGap()
    {
        // Given the two-year matrix
        var m = TwoYears();
        var periods = Years(m);

        // When pairs need at least 2 common votes
        var pairs = AllPairsAgreement.Compute(m, periods, minCommon: 2);

        // Then only BBB–DDD in 2016 (n = 1) is gone, and the rows after it moved up
        Assert.Equal(
            [(0, 0, 1), (0, 0, 3), (0, 1, 3), (1, 0, 2), (1, 0, 3), (1, 1, 2), (1, 2, 3)],
            pairs.Select(p => (p.Period, p.A, p.B)));
        Assert.Equal(Scalar(m, periods[1], 2, 3), pairs[^1].Counts);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Stream_DeliversTheSameRowsAsCompute(int parallelism)
    {
        // Given the two-year matrix
        var m = TwoYears();
        var periods = Years(m);
        var expected = AllPairsAgreement.Compute(m, periods);

        // When the pairs are streamed (the span is copied before the sink returns)
        var delivered = new ConcurrentBag<(int Period, PairPeriodCounts[] Rows)>();
        var handedOver = new List<(int Period, int Slot)>();
        var slots = AllPairsAgreement.StreamSlots(parallelism);
        AllPairsAgreement.Stream(m, periods, 1, parallelism, (period, slot, rows) =>
        {
            Assert.Equal(period % slots, slot);
            delivered.Add((period, rows.ToArray()));
        }, (period, slot) => handedOver.Add((period, slot)));

        // Then each period came once, and in period order the rows are those of Compute
        Assert.Equal([0, 1], delivered.Select(d => d.Period).Order());
        Assert.Equal(expected, delivered.OrderBy(d => d.Period).SelectMany(d => d.Rows));

        // And the periods were handed over on the calling thread strictly in order, each with its slot
        Assert.Equal([(0, 0), (1, 1 % slots)], handedOver);
    }

    [Fact]
    public void Stream_ManyPeriods_KeepsOrder_WithFewerSlotsThanPeriods()
    {
        // Given 40 one-decision periods and two workers (four slots), When streamed
        var m = TwoYears();
        var periods = Enumerable.Range(0, 40).Select(i => new Period(i.ToString(System.Globalization.CultureInfo.InvariantCulture), [i % m.Columns])).ToList();
        var order = new List<int>();
        AllPairsAgreement.Stream(m, periods, 1, 2, (_, _, _) => Thread.SpinWait(100), (period, _) => order.Add(period));

        // Then every period is handed over once, in order
        Assert.Equal(Enumerable.Range(0, 40), order);
    }

    [Fact]
    public void Stream_AFailingSink_SurfacesTheError()
    {
        var m = TwoYears();
        var periods = Years(m);
        var e = Assert.Throws<InvalidOperationException>(() =>
            AllPairsAgreement.Stream(m, periods, 1, 2, (_, _, _) => throw new InvalidOperationException("sink failed"), (_, _) => { }));
        Assert.Equal("sink failed", e.Message);
    }

    [Fact]
    public void OnePair_AgreesWithComputeForEveryPair_AndGivesZeroWhereTheyShareNoVote()
    {
        // Given the two-year matrix and what Compute gives
        var m = TwoYears();
        var periods = Years(m);
        var all = AllPairsAgreement.Compute(m, periods).ToDictionary(p => (p.Period, p.A, p.B), p => p.Counts);

        for (var a = 0; a < m.Rows; a++)
        {
            for (var b = a + 1; b < m.Rows; b++)
            {
                // When one pair is asked for, in either order
                var ab = AllPairsAgreement.OnePair(m, periods, a, b);
                var ba = AllPairsAgreement.OnePair(m, periods, b, a);

                // Then there is one entry per period, equal to Compute's pair, or with no common vote where Compute has
                // none (only the decisions one of them voted on are counted there)
                Assert.Equal(periods.Count, ab.Length);
                for (var p = 0; p < periods.Count; p++)
                {
                    var expected = all.TryGetValue((p, a, b), out var c) ? c : default(PairCounts) with { OneAbsent = ab[p].OneAbsent, AbstainedOtherAbsent = ab[p].AbstainedOtherAbsent };
                    Assert.Equal(expected, ab[p]);
                    Assert.Equal(Swap(expected), ba[p]);
                }
            }
        }

        // And AAA–BBB in 2016 is one of those periods without a common vote
        Assert.Equal(0, AllPairsAgreement.OnePair(m, periods, 0, 1)[1].N);
    }

    [Fact]
    public void OneAgainstAll_GivesTheStatesPairsFromItsSide_AsCompute()
    {
        // Given the two-year matrix and what Compute gives
        var m = TwoYears();
        var periods = Years(m);
        var all = AllPairsAgreement.Compute(m, periods);

        for (var row = 0; row < m.Rows; row++)
        {
            // When one state is compared with all others
            var mine = AllPairsAgreement.OneAgainstAll(m, periods, row);

            // Then it gets exactly Compute's pairs that include it, by period and other row, seen from its side
            var expected = all
                .Where(p => p.A == row || p.B == row)
                .Select(p => p.A == row ? p : new PairPeriodCounts(p.Period, row, p.A, Swap(p.Counts)))
                .OrderBy(p => p.Period).ThenBy(p => p.B)
                .ToArray();
            Assert.Equal(expected, mine);
        }

        // And BBB's list is AAA and DDD in 2015 (CCC did not vote), CCC and DDD in 2016 (no vote shared with AAA)
        Assert.Equal([(0, 0), (0, 3), (1, 2), (1, 3)], AllPairsAgreement.OneAgainstAll(m, periods, 1).Select(p => (p.Period, p.B)));
    }
}
