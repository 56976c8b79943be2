using Concord.Analysis.ChangePoints;

namespace Concord.Tests.Analysis.ChangePoints;

public sealed class ChangePointDetectorTest
{
    private static int[] Years(int first, int count) => Enumerable.Range(first, count).ToArray();

    [Fact]
    public void Segments_OneShift_IsFoundAtTheRightYear_WithBothMeans()
    {
        // Given ten years at 0.9 then ten at 0.6, with a little alternating noise
        var values = Enumerable.Range(0, 20).Select(i => (i < 10 ? 0.9 : 0.6) + (i % 2 == 0 ? 0.01 : -0.01)).ToArray();

        // When segmented with the default penalty
        var segments = ChangePointDetector.Segments(Years(2000, 20), values);

        // Then there are two segments, split at 2010, each with its mean
        Assert.Equal(2, segments.Count);
        Assert.Equal((2000, 2009), (segments[0].From, segments[0].To));
        Assert.Equal((2010, 2019), (segments[1].From, segments[1].To));
        Assert.Equal(0.9, segments[0].Mean, 10);
        Assert.Equal(0.6, segments[1].Mean, 10);
    }

    [Fact]
    public void Segments_FlatNoisySeries_StaysInOnePiece()
    {
        var values = Enumerable.Range(0, 30).Select(i => 0.8 + (0.02 * Math.Sin(i * 1.7))).ToArray();

        var segments = ChangePointDetector.Segments(Years(1990, 30), values);

        Assert.Single(segments);
        Assert.Equal(30, segments[0].Points);
    }

    [Fact]
    public void Segments_HandComputed_PenaltyDecides()
    {
        // y = 1, 1, 5, 5 with segments of at least two points.
        // One segment: mean 3, cost 4·4 = 16. Two segments {1,1},{5,5}: cost 0 plus one more penalty.
        int[] years = [1, 2, 3, 4];
        double[] y = [1, 1, 5, 5];

        // A penalty below 16 splits; above 16 keeps one segment.
        Assert.Equal(2, ChangePointDetector.Segments(years, y, minimumLength: 2, penalty: 15.9).Count);
        Assert.Single(ChangePointDetector.Segments(years, y, minimumLength: 2, penalty: 16.1));
    }

    [Fact]
    public void Segments_Weights_PullTheMeanTowardsHeavyPoints()
    {
        // One segment forced (huge penalty): the weighted mean of 1 (weight 3) and 5 (weight 1) is 2.
        var s = ChangePointDetector.Segments([1, 2], [1.0, 5.0], [3.0, 1.0], minimumLength: 1, penalty: 1e9);

        Assert.Equal(2.0, Assert.Single(s).Mean, 12);
        Assert.Equal(4.0, s[0].Weight, 12);
    }

    [Fact]
    public void Segments_RespectsTheMinimumLength()
    {
        // A single outlying year is not a segment of its own when segments need three years
        double[] y = [0.5, 0.5, 0.5, 0.5, 0.9, 0.5, 0.5, 0.5, 0.5];

        var segments = ChangePointDetector.Segments(Years(2000, 9), y, minimumLength: 3, penalty: 0.01);

        Assert.All(segments, s => Assert.True(s.Points >= 3));
    }

    [Fact]
    public void Segments_BadInput_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ChangePointDetector.Segments([1, 2], [1.0]));
        Assert.Throws<ArgumentException>(() => ChangePointDetector.Segments([1, 2], [1.0, double.NaN]));
        Assert.Throws<ArgumentException>(() => ChangePointDetector.Segments([1, 2], [1.0, 2.0], [1.0, 0.0]));
        Assert.Empty(ChangePointDetector.Segments([], []));
    }
}
