using Concord.Questions;

namespace Concord.Tests.Questions;

/// <summary><see cref="QuestionArgs.Date"/>: a day written YYYY-MM-DD between 1945 and 2100, refused otherwise in one wording.</summary>
public sealed class QuestionArgsDateTest
{
    [Fact]
    public void ADay_IsReadAsWritten()
    {
        Assert.Equal(new DateOnly(2024, 7, 4), QuestionArgs.Of(("on", "2024-07-04")).Date("on"));
    }

    [Fact]
    public void Absent_IsNull()
    {
        Assert.Null(QuestionArgs.Of().Date("on"));
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("04/07/2024")]
    [InlineData("1900-01-01")]
    [InlineData("2024-07-04'--")]
    public void NotADayOnRecord_IsRefused_NamingTheParameter(string text)
    {
        var refusal = Assert.Throws<QuestionRefusal>(() => QuestionArgs.Of(("on", text)).Date("on"));

        Assert.Equal("on", refusal.Parameter);
    }
}
