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
        Assert.Equal("Territorial integrity of Ukraine", json.GetProperty("decision_title").GetString());
        var votes = json.GetProperty("rows").EnumerateArray().ToDictionary(v => v.GetProperty("state").GetString()!, v => v.GetProperty("vote").GetString());
        Assert.Equal("no", votes["RUS"]);
        Assert.Equal("abstain", votes["CHN"]);
        Assert.Equal("yes", votes["UKR"]);
    }

    [Fact]
    public async Task ARollCallTheUnGaveNoSymbol_IsFoundByItsName_AndByTheNumberASourceGaveIt()
    {
        var client = app.CreateClient();
        var (status, json, _) = await client.Get("/api/show?symbol=" + Uri.EscapeDataString("roll call 631 of session 15 (unvotes id)"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("roll call 631 of session 15 (unvotes id)", json.GetProperty("name").GetString());
        Assert.Equal(JsonValueKindNull, json.GetProperty("symbol").ValueKind);

        var (byOld, old, _) = await client.Get("/api/show?symbol=" + Uri.EscapeDataString("A/RES/559(XV)"));
        Assert.Equal(HttpStatusCode.OK, byOld);
        Assert.Equal("roll call 631 of session 15 (unvotes id)", old.GetProperty("name").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task UnknownSymbol_Is404ProblemDetails()
    {
        var (status, json, response) = await app.CreateClient().Get("/api/show?symbol=A/RES/99/999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("No decision with symbol 'A/RES/99/999' is on record.", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Json_NamesEveryKeyOnce_TheDecisionTitleApartFromTheHeading()
    {
        // The CLI's JSON used to repeat "title" (the heading and the decision's title); a parser kept either one.
        var text = await app.CreateClient().GetStringAsync(new Uri("/api/show?symbol=S/2019/186", UriKind.Relative));
        var keys = new List<string>();
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
        while (reader.Read())
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                keys.Add(reader.GetString()!);
            }
        }

        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Contains("decision_title", keys);
        Assert.Contains("vetoed_by", keys);
    }

    [Fact]
    public async Task Csv_IsTheVotes()
    {
        var csv = await app.CreateClient().GetStringAsync(new Uri("/api/show?symbol=S/2019/186&format=csv", UriKind.Relative));

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("state,name,vote,source,line", lines[0]);
        Assert.Equal(15, lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("CHN,China,no,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CoveredResolution_ListsItsSponsorsAsTheRecordHoldsThem()
    {
        // Given the session-79 "No first placement of weapons in outer space" resolution and its stored sponsors
        using var db = Concord.Store.ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var stored = Concord.Store.SponsorshipTable.ForShow(db, Concord.Store.DecisionTable.Find(db, "A/RES/79/20")!.Decision.Id);

        // When it is asked for
        var (status, json, _) = await app.CreateClient().Get("/api/show?symbol=A/RES/79/20");

        // Then the sponsors are there, states first, with their list, source line and the coverage
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("sponsors_on_record").GetBoolean());
        var own = stored.States.Where(r => r.OnBehalfOf is null).ToList();
        Assert.Equal(own.Where(r => r.Kind == "sponsor").Select(r => r.State).Distinct(), json.GetProperty("sponsors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(own.Where(r => r.Kind == "additional").Select(r => r.State).Distinct(), json.GetProperty("additional_sponsors").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("RUS", json.GetProperty("sponsors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(stored.NonState.Count(), json.GetProperty("sponsors_non_state").GetArrayLength());
        Assert.Contains($"coverage: {stored.Coverage}", json.GetProperty("sponsor_lists").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilDecision_HasNoSponsorList()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/show?symbol=S/RES/2448(2018)");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("sponsors").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("sponsors_on_record").ValueKind);
    }
}
