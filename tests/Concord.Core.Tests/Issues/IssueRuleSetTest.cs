using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;
using Concord.Sources;

namespace Concord.Tests.Issues;

public sealed class IssueRuleSetTest
{
    private const string Header = "area,effect,field,pattern,unless,country,why\n";

    [Fact]
    public void Parse_ReadsEveryColumn()
    {
        var rules = IssueRuleSet.Parse(Header + "human_rights,add,title,human rights,israeli practices,,Human rights named\ncountry_human_rights;human_rights,remove,heading,apartheid,,UKR,why\n", "rules.csv");

        Assert.Equal(2, rules.Count);
        Assert.Equal((IssueSet.HumanRights, IssueRuleEffect.Add, IssueRuleField.Title, 2), (rules[0].Areas, rules[0].Effect, rules[0].Field, rules[0].Line));
        Assert.NotNull(rules[0].Unless);
        Assert.Null(rules[0].Country);
        Assert.Null(rules[1].Unless);
        Assert.Equal((IssueSet.CountryHumanRights | IssueSet.HumanRights, IssueRuleField.Heading, "UKR"), (rules[1].Areas, rules[1].Field, rules[1].Country));
        Assert.Equal("issue_rules.csv:3", rules[1].Id);
    }

    [Theory]
    [InlineData("xx,add,any,foo,,,why", 2, "area")]
    [InlineData(";,add,any,foo,,,why", 2, "area")]
    [InlineData("me,add,any,foo,,,why", 2, "area")]
    [InlineData("human_rights,keep,any,foo,,,why", 2, "effect")]
    [InlineData("human_rights,add,body,foo,,,why", 2, "field")]
    [InlineData("human_rights,add,any,(unclosed,,,why", 2, "pattern")]
    [InlineData("human_rights,add,any,,,,why", 2, "pattern")]
    [InlineData("human_rights,add,any,foo,[z-a],,why", 2, "unless")]
    [InlineData("country_human_rights,add,any,foo,,Ukraine,why", 2, "country")]
    [InlineData("human_rights,add,any,foo,,UKR,why", 2, "country")]
    [InlineData("human_rights,add,any,foo,,,", 2, "why")]
    [InlineData("human_rights,add,any,foo,why", 2, "row")]
    public void Parse_BadLine_NamesFileLineAndField(string line, int expectedLine, string expectedField)
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueRuleSet.Parse(Header + line + "\n", "rules.csv"));

        Assert.Equal(("rules.csv", expectedLine, expectedField), (e.File, e.Line, e.Field));
    }

    [Fact]
    public void Parse_MissingColumn_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueRuleSet.Parse("area,effect,field,pattern,unless,why\nhuman_rights,add,any,x,,y\n", "rules.csv"));

        Assert.Equal(("country", 1L), (e.Field, e.Line));
    }

    [Fact]
    public void DefaultRules_Load_AndCoverEveryArea()
    {
        var rules = IssueClassifier.Default.Rules;

        foreach (var (flag, code, _) in IssueSets.All)
        {
            var implied = IssueSets.Implications.Any(i => i.To == flag);
            Assert.True(implied || rules.Any(r => r.Effect == IssueRuleEffect.Add && (r.Areas & flag) != 0), $"no rule for {code}");
        }
    }
}
