using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;
using Concord.Sources;

namespace Concord.Tests.Issues;

public sealed class IssueLabelSetTest
{
    private const string Header = "symbol,session,title,areas,country,note\n";

    [Fact]
    public void Parse_ReadsAreasCountryAndSymbol()
    {
        var labels = IssueLabelSet.Parse(Header + """
            A/RES/74/167,74,Situation of human rights in the Islamic Republic of Iran,human_rights;country_human_rights;middle_east;iran,IRN,
            A/RES/75/254 A-C,75,Programme budget for 2021,un_procedure,,
            A/RES/74/9,74,The situation in Afghanistan,,,"Ambiguous: broad"
            """ + "\n", "labels.csv");

        Assert.Equal(3, labels.Count);
        Assert.Equal(IssueSet.HumanRights | IssueSet.CountryHumanRights | IssueSet.MiddleEast | IssueSet.Iran, labels[0].Areas);
        Assert.Equal("IRN", labels[0].Country);
        Assert.Equal("A/RES/75/254A-C", labels[1].RecordSymbol);
        Assert.Equal((IssueSet.None, "Ambiguous: broad"), (labels[2].Areas, labels[2].Note));
    }

    [Fact]
    public void Parse_AcceptsTheIaeaException_NuclearWithoutArmsControl()
    {
        var labels = IssueLabelSet.Parse(Header + "A/RES/80/9,80,Report of the International Atomic Energy Agency,nuclear,,\n", "labels.csv");

        Assert.Equal(IssueSet.Nuclear, Assert.Single(labels).Areas);
    }

    [Theory]
    [InlineData("A/RES/1,74,t,terror,,", "areas")]
    [InlineData("A/RES/1,74,t,middle_east;palestine,,", "areas")]
    [InlineData("A/RES/1,74,t,human_rights;human_rights,,", "areas")]
    [InlineData("A/RES/1,74,t,palestine,,", "areas")]
    [InlineData("A/RES/1,74,t,sanctions,,", "areas")]
    [InlineData("A/RES/1,74,t,human_rights;country_human_rights,,", "country")]
    [InlineData("A/RES/1,74,t,human_rights,UKR,", "country")]
    [InlineData("A/RES/1,74,t,human_rights;country_human_rights,Ukraine,", "country")]
    [InlineData(",74,t,human_rights,,", "symbol")]
    [InlineData("A/RES/1,74,t,human_rights,", "row")]
    public void Parse_ARowThatBreaksTheStandard_IsRefusedWithLineAndField(string line, string field)
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueLabelSet.Parse(Header + line + "\n", "labels.csv"));

        Assert.Equal(("labels.csv", 2L, field), (e.File, e.Line, e.Field));
    }

    [Fact]
    public void Parse_ARepeatedSymbol_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueLabelSet.Parse(Header + "A/RES/1,74,t,,,\nA/RES/1,74,t,,,\n", "labels.csv"));

        Assert.Equal((3L, "symbol"), (e.Line, e.Field));
    }

    [Fact]
    public void Parse_AMissingColumn_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => IssueLabelSet.Parse("symbol,session,title,areas,note\nA/RES/1,74,t,,\n", "labels.csv"));

        Assert.Equal((1L, "country"), (e.Line, e.Field));
    }
}
