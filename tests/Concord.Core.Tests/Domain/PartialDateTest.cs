using Concord.Domain;
using Concord.Forums;

namespace Concord.Tests.Domain;

public sealed class PartialDateTest
{
    [Theory]
    [InlineData("2024-07-04", "2024-07-04", "2024-07-04")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    public void TryParse_GivesThePeriodAndPrintsBackTheSameText(string text, string first, string last)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), d.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), d.Last);
        Assert.Equal(text, d.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24-07-04")]
    [InlineData("04/07/2024")]
    [InlineData("2024-7-4")]
    public void TryParse_NotADate_IsFalse(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
