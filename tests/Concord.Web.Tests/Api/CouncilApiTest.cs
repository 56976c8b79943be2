using System.Net;
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
        var expected = VetoQuery.List(CouncilRecord.Load(db), ["CHN", "RUS"], joint: true, null, null, null);

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
        var fromPattern = pattern.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("counts").GetProperty("joint-veto").GetInt32());
        Assert.Equal(vetoes.GetProperty("vetoes").GetInt32(), fromPattern);
        Assert.Equal(fromPattern, listed.GetProperty("cases").GetArrayLength());
        Assert.All(listed.GetProperty("cases").EnumerateArray(), c => Assert.Equal("no", c.GetProperty("voteA").GetString()));
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
