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

    [Fact]
    public async Task CoveredResolution_ListsItsSponsorsAsTheRecordHoldsThem()
    {
        // Given the session-79 "No first placement of weapons in outer space" resolution and its stored sponsors
        using var db = Concord.Store.ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var stored = Concord.Store.SponsorshipQuery.ForShow(db, Concord.Store.DecisionQuery.Find(db, "A/RES/79/20")!.Decision.Id);

        // When it is asked for
        var (status, json, _) = await app.CreateClient().Get("/api/show?symbol=A/RES/79/20");

        // Then the sponsors are there, states first, with their list, source line and the coverage
        Assert.Equal(HttpStatusCode.OK, status);
        var sponsors = json.GetProperty("sponsors");
        Assert.True(sponsors.GetProperty("covered").GetBoolean());
        Assert.Equal(stored.Coverage, sponsors.GetProperty("coverage").GetString());
        var states = sponsors.GetProperty("states").EnumerateArray().Select(s => $"{s.GetProperty("kind").GetString()} {s.GetProperty("state").GetString()}").ToList();
        Assert.Equal(stored.States.Select(r => $"{r.Kind} {r.State}"), states);
        Assert.Contains("sponsor RUS", states);
        Assert.Equal(stored.NonState.Count(), sponsors.GetProperty("nonState").GetArrayLength());
    }

    [Fact]
    public async Task CouncilDecision_HasNoSponsorList()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/show?symbol=S/RES/2448(2018)");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("sponsors").ValueKind);
    }
}
