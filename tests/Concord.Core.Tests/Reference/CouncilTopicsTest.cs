using Concord.Council;
using Concord.Reference;

namespace Concord.Tests.Reference;

public sealed class CouncilTopicsTest
{
    [Theory]
    [InlineData("The situation in the Middle East", "Security Council resolution on the Syrian Arab Republic", null, "Syria")]
    [InlineData("The situation in the Bolivarian Republic of Venezuela", null, null, "Venezuela")]
    [InlineData("Non-proliferation - Democratic People's Republic of Korea", null, null, "Korea / DPRK")]
    [InlineData("Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)", null, null, "Ukraine")]
    [InlineData("The situation in the Middle East, including the Palestinian question", null, null, "Israel / Palestine")]
    [InlineData("Admission of new Members", null, null, "Membership admission")]
    [InlineData("Peace and security in Africa", "measures on the situation in Zimbabwe", null, "Zimbabwe")]
    [InlineData("Threats to international peace and security", null, null, "Other")]
    public void Classify_TakesTheFirstMatchingRule_CountrySituationsBeforeThemes(string agenda, string? title, string? subjects, string expected)
    {
        Assert.Equal(expected, CouncilTopics.Default.Classify(agenda, title, subjects));
    }

    [Fact]
    public void Explain_SaysWhichRuleMatchedAndWhere()
    {
        var (topic, rule, where) = CouncilTopics.Default.Explain("Maintenance of peace", "Syrian Arab Republic humanitarian access", null);
        Assert.Equal("Syria", topic);
        Assert.Contains("syria", rule, StringComparison.Ordinal);
        Assert.Equal("title", where);
    }
}
