using Concord.Analysis.Agreement;
using Concord.Issues;
using Concord.Sources;

namespace Concord.Tests.Issues;

public sealed class IssueRuleSetTest
{
    private const string Header = "area,effect,field,pattern,unless,why\n";

    [Fact]
    public void Parse_ReadsEveryColumn()
    {
        var rules = IssueRuleSet.Parse(Header + "hr,add,title,human rights,israeli practices,Human rights named\nhr,remove,agenda,apartheid,,Apartheid is not coded as human rights\n", "rules.csv");

        Assert.Equal(2, rules.Count);
        Assert.Equal((IssueSet.HumanRights, IssueRuleEffect.Add, IssueRuleField.Title, 2), (rules[0].Area, rules[0].Effect, rules[0].Field, rules[0].Line));
        Assert.NotNull(rules[0].Unless);
        Assert.Null(rules[1].Unless);
        Assert.Equal("issue_rules.csv:3", rules[1].Id);
    }

    [Theory]
    [InlineData("xx,add,any,foo,,why", 2, "area")]
    [InlineData("hr,keep,any,foo,,why", 2, "effect")]
    [InlineData("hr,add,body,foo,,why", 2, "field")]
    [InlineData("hr,add,any,(unclosed,,why", 2, "pattern")]
    [InlineData("hr,add,any,,,why", 2, "pattern")]
    [InlineData("hr,add,any,foo,[z-a],why", 2, "unless")]
    [InlineData("hr,add,any,foo,,", 2, "why")]
    [InlineData("hr,add,any,foo,why", 2, "row")]
    public void Parse_BadLine_NamesFileLineAndField(string line, int expectedLine, string expectedField)
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueRuleSet.Parse(Header + line + "\n", "rules.csv"));

        Assert.Equal(("rules.csv", expectedLine, expectedField), (e.File, e.Line, e.Field));
    }

    [Fact]
    public void Parse_MissingColumn_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueRuleSet.Parse("area,effect,field,pattern,why\nhr,add,any,x,y\n", "rules.csv"));

        Assert.Equal(("unless", 1L), (e.Field, e.Line));
    }

    [Fact]
    public void DefaultRules_Load_AndCoverEveryArea()
    {
        var rules = IssueClassifier.Default.Rules;

        foreach (var (flag, code, _) in IssueSets.All)
        {
            Assert.True(rules.Any(r => r.Area == flag), $"no rule for {code}");
        }
    }
}
