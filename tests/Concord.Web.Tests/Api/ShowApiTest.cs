using System.Net;

namespace Concord.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class ShowApiTest(WebAppFixture app)
{
    [Fact]
    public async Task TerritorialIntegrityOfUkraine_RussiaNo_ChinaAbstained()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/show?symbol=A/RES/68/262");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2014-03-27", json.GetProperty("date").GetString());
        var votes = json.GetProperty("votes").EnumerateArray().ToDictionary(v => v.GetProperty("state").GetString()!, v => v.GetProperty("vote").GetString());
        Assert.Equal("no", votes["RUS"]);
        Assert.Equal("abstain", votes["CHN"]);
        Assert.Equal("yes", votes["UKR"]);
    }

    [Fact]
    public async Task UnknownSymbol_Is404ProblemDetails()
    {
        var (status, json, response) = await app.CreateClient().Get("/api/show?symbol=A/RES/99/999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }
}
