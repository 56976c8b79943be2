using System.Net;

namespace Concord.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class PickerApiTest(WebAppFixture app)
{
    [Fact]
    public async Task States_FindByCodeFirst_ThenByName()
    {
        var client = app.CreateClient();
        var (_, byCode, _) = await client.Get("/api/states?q=rus");
        Assert.Equal("RUS", byCode[0].GetProperty("code").GetString());
        var (_, byName, _) = await client.Get("/api/states?q=korea");
        Assert.Contains("PRK", byName.EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Contains("KOR", byName.EnumerateArray().Select(s => s.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Issues_ListTheAreasTheIssueParameterAccepts()
    {
        var client = app.CreateClient();
        var (_, issues, _) = await client.Get("/api/issues");
        var codes = issues.GetProperty("rows").EnumerateArray().Select(i => i.GetProperty("area").GetString()).ToList();
        Assert.Equal(Concord.Domain.IssueSets.All.Select(x => x.Code), codes);
        foreach (var code in codes)
        {
            var (status, _, _) = await client.Get($"/api/agree?a=CHN&b=RUS&by=all&issue={code}");
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }

    [Fact]
    public async Task Status_GivesTheYearsOnRecord()
    {
        var (_, json, _) = await app.CreateClient().Get("/api/status");
        Assert.Equal(1946, json.GetProperty("first_year").GetInt32());
        Assert.True(json.GetProperty("last_year").GetInt32() >= 2025);
        Assert.Contains(json.GetProperty("sources").EnumerateArray(), s => s.GetProperty("forum").GetString() == "ga");
    }
}
