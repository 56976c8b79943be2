using Concord.Questions;

namespace Concord.Tests.Questions;

/// <summary>An answer's JSON names every key once: a fact cannot take the name of another fact or of the answer's own keys.</summary>
public sealed class ResultTableTest
{
    [Theory]
    [InlineData("title")]
    [InlineData("notes")]
    [InlineData("columns")]
    [InlineData("rows")]
    public void AFactNamedLikeTheAnswersOwnKeys_IsRefused(string name)
    {
        var table = new ResultTable("S/2019/186", "state");

        Assert.Throws<ArgumentException>(() => table.Fact(name, "Venezuela"));
    }

    [Fact]
    public void AFactNamedTwice_IsRefused()
    {
        var table = new ResultTable("t", "state").Fact("forum", "sc");

        Assert.Throws<ArgumentException>(() => table.Fact("forum", "ga"));
    }

    [Fact]
    public void TheJson_HasTheTitleOnce_AndTheFactsBesideIt()
    {
        var table = new ResultTable("S/2019/186", "state").Fact("decision_title", "Venezuela").Add("CHN");

        var json = System.Text.Json.Nodes.JsonNode.Parse(ResultJson.Write(table))!.AsObject();

        Assert.Equal(["title", "decision_title", "notes", "columns", "rows"], json.Select(p => p.Key));
        Assert.Equal("Venezuela", json["decision_title"]!.GetValue<string>());
    }
}
