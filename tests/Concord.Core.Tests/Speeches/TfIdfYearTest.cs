using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.Speeches;

namespace Concord.Tests.Speeches;

public sealed class TfIdfYearTest
{
    private static SpeechEntry Speech(int id, params (int Term, int Count)[] terms) =>
        new(id, $"S{id}", $"S{id}", 75, 2020, terms.Sum(t => t.Count), "e", [.. terms.Select(t => t.Term)], [.. terms.Select(t => t.Count)], []);

    [Fact]
    public void Cosine_OfThreeTinySpeeches_IsTheHandComputedValue()
    {
        // Given three speeches over terms a (0), b (1), c (2): d1 = a a b, d2 = a c, d3 = c c c
        var year = TfIdfYear.Build(2020, [Speech(1, (0, 2), (1, 1)), Speech(2, (0, 1), (2, 1)), Speech(3, (2, 3))], 3);

        // When their cosines are taken
        // Then: df(a) = 2, df(b) = 1, df(c) = 2 of n = 3; idf(a) = idf(c) = ln(4/3) + 1 = 1.287682, idf(b) = ln 2 + 1 = 1.693147.
        // d1 = ((1 + ln 2) · 1.287682, 1 · 1.693147) = (2.180232, 1.693147), length 2.760464; d2 = (1.287682, 1.287682)
        // has length 1.821063, so d2 = (0.707107, 0.707107); d3 = (1) on c.
        // cos(d1, d2) = 2.180232 / 2.760464 · 0.707107 = 0.558478; cos(d2, d3) = 0.707107; cos(d1, d3) = 0.
        Assert.Equal(0.558478, year.Cosine(0, 1), 6);
        Assert.Equal(0.707107, year.Cosine(1, 2), 6);
        Assert.Equal(0.0, year.Cosine(0, 2), 12);
        Assert.Equal(1.0, year.Cosine(0, 0), 12);
    }

    [Fact]
    public void AllPairs_EqualsThePlainSparseDot_OnSeededRandomSpeeches()
    {
        // Given 60 random speeches over 500 terms (seeded)
        var random = new Random(27);
        var speeches = Enumerable.Range(1, 60).Select(id =>
        {
            var terms = Enumerable.Range(0, 500).Where(_ => random.NextDouble() < 0.1).Select(t => (t, random.Next(1, 40))).ToArray();
            return Speech(id, terms);
        }).ToArray();
        var year = TfIdfYear.Build(2020, speeches, 500);

        // When all pairs are computed by the dense-row kernel
        var all = year.AllPairs();

        // Then every pair equals the merge of the two sparse vectors
        for (var i = 0; i < 60; i++)
        {
            for (var j = 0; j < 60; j++)
            {
                var expected = i == j ? 1.0 : year.Cosine(i, j);
                Assert.Equal(expected, all[(i * 60) + j], 12);
            }
        }
    }

    [Fact]
    public void Percentile_IsTheShareOfPairsLessAlike()
    {
        var year = TfIdfYear.Build(2020, [Speech(1, (0, 2), (1, 1)), Speech(2, (0, 1), (2, 1)), Speech(3, (2, 3))], 3);

        // Pairs: 0, 0.558478, 0.707107
        Assert.Equal(0.0, year.Percentile(0.0));
        Assert.Equal(2.0 / 3, year.Percentile(0.7), 12);
        Assert.Equal(0.558478, year.MedianPair, 6);
    }
}
