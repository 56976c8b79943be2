using System.Net;
using System.Text.Json;
using Concord.Council;
using Concord.Store;

namespace Concord.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class CouncilApiTest(WebAppFixture app)
{
    [Fact]
    public async Task JointVetoes_OfChinaAndRussia_AreWhatTheCoreQueryGives()
    {
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var expected = VetoFilter.List(CouncilRecordLoader.Load(db), ["CHN", "RUS"], joint: true, null, null, null);

        var (status, json, _) = await app.CreateClient().Get("/api/vetoes?by=CHN,RUS&joint=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.Count, json.GetProperty("vetoes").GetInt32());
        Assert.Equal(expected.Select(d => d.Draft ?? d.Symbol), json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("draft").GetString()));
        Assert.Contains("S/2019/186", json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("draft").GetString()));
    }

    [Fact]
    public async Task ScPattern_JointVetoCountsMatchTheVetoList_AndListShowsTheCases()
    {
        var client = app.CreateClient();
        var (_, vetoes, _) = await client.Get("/api/vetoes?by=CHN,RUS&joint=true");
        var (status, pattern, _) = await client.Get("/api/sc?a=CHN&b=RUS&by=year");
        var (_, listed, _) = await client.Get("/api/sc?a=CHN&b=RUS&list=joint-veto");

        Assert.Equal(HttpStatusCode.OK, status);
        var fromPattern = pattern.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("joint_veto").GetInt32());
        Assert.Equal(vetoes.GetProperty("vetoes").GetInt32(), fromPattern);
        Assert.Equal(fromPattern, listed.GetProperty("count").GetInt32());
        Assert.Equal(fromPattern, listed.GetProperty("rows").GetArrayLength());
        Assert.All(listed.GetProperty("rows").EnumerateArray(), c => Assert.Equal("no", c.GetProperty("vote_a").GetString()));
    }

    [Fact]
    public async Task Issue_IsTakenByScAndVetoes_AndApplied()
    {
        // The dashboard passes its issue area to the Council panel: both endpoints must take it, and count only that area
        var client = app.CreateClient();
        var (_, all, _) = await client.Get("/api/sc?a=CHN&b=RUS");
        var (scStatus, syria, _) = await client.Get("/api/sc?a=CHN&b=RUS&issue=syria");
        var (vetoStatus, syriaVetoes, _) = await client.Get("/api/vetoes?by=CHN,RUS&joint=true&issue=syria");
        var (_, syriaTopic, _) = await client.Get("/api/vetoes?by=CHN,RUS&joint=true&topic=Syria");
        static int Sum(JsonElement json, string column) => json.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty(column).GetInt32());

        Assert.Equal(HttpStatusCode.OK, scStatus);
        Assert.Equal(HttpStatusCode.OK, vetoStatus);
        Assert.Equal("syria", syria.GetProperty("issue").GetString());
        Assert.Equal("syria", syriaVetoes.GetProperty("issue").GetString());
        Assert.InRange(Sum(syria, "decisions"), 1, Sum(all, "decisions") - 1);
        // Two independent rule sets (issue areas and Council topics) find the same joint vetoes on Syria
        Assert.Equal(syriaTopic.GetProperty("vetoes").GetInt32(), syriaVetoes.GetProperty("vetoes").GetInt32());
        Assert.Equal(Sum(syria, "joint_veto"), syriaVetoes.GetProperty("vetoes").GetInt32());
    }

    [Fact]
    public async Task ScByTopic_NamesTheColumnTopic_AndByYearGivesTheYearAsANumber()
    {
        var client = app.CreateClient();
        var (_, byTopic, _) = await client.Get("/api/sc?a=CHN&b=RUS&by=topic");
        var (_, byYear, _) = await client.Get("/api/sc?a=CHN&b=RUS&by=year");

        Assert.Equal(["topic", "first_year", "last_year", "decisions"], byTopic.GetProperty("columns").EnumerateArray().Take(4).Select(c => c.GetString()));
        Assert.Contains("Syria", byTopic.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("topic").GetString()));
        Assert.All(byYear.GetProperty("rows").EnumerateArray(), r => Assert.Equal(JsonValueKind.Number, r.GetProperty("year").ValueKind));
    }

    [Fact]
    public async Task ScCountsThatCannotBeKnown_AreNull_WithTheNumberInDoubt()
    {
        var (_, json, _) = await app.CreateClient().Get("/api/sc?a=CHN&b=RUS");
        var cold = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("first_year").GetInt32() == 1972);

        Assert.Equal(JsonValueKind.Null, cold.GetProperty("b_vetoed_a_abstained").ValueKind);
        Assert.True(cold.GetProperty("b_vetoed_a_vote_unknown").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Number, cold.GetProperty("joint_veto").ValueKind);
    }

    [Fact]
    public async Task Members_OfTheCouncilIn2019_AreFifteen()
    {
        var (_, json, _) = await app.CreateClient().Get("/api/members?forum=sc&year=2019");
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(15, rows.Count);
        Assert.Equal(5, rows.Count(r => r.GetProperty("seat").GetString() == "permanent"));
    }
}
