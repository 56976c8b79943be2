using System.Net;
using System.Text.Json;

namespace Concord.Tests.Api;

/// <summary>Bad input is refused with 400 and a problem description naming the parameter; never a stack trace.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ValidationTest(WebAppFixture app)
{
    [Theory]
    [InlineData("/api/agree?a=CHN&b=XXQ", "b")]
    [InlineData("/api/agree?a=CHN", "b")]
    [InlineData("/api/agree?a=CHN&b=RUS&from=1800", "from")]
    [InlineData("/api/agree?a=CHN&b=RUS&to=2999", "to")]
    [InlineData("/api/agree?a=CHN&b=RUS&from=2010&to=2000", "from")]
    [InlineData("/api/agree?a=CHN&b=RUS&from=20x0", "from")]
    [InlineData("/api/agree?a=CHN&b=RUS&forum=wto", "forum")]
    [InlineData("/api/agree?a=CHN&b=RUS&by=week", "by")]
    [InlineData("/api/agree?a=CHN&b=RUS&metric=love", "metric")]
    [InlineData("/api/agree?a=CHN&b=RUS&min-n=0", "min-n")]
    [InlineData("/api/agree?a=CHN&b=RUS&min-n=-5", "min-n")]
    [InlineData("/api/agree?a=CHN&b=RUS&issue=zz", "issue")]
    [InlineData("/api/agree?a=CHN&b=RUS&no-predecessors=yes", "no-predecessors")]
    [InlineData("/api/agree?a=CHN&b=RUS&with=EU", "with")]
    [InlineData("/api/agree?a=CHN&b=RUS&format=xlsx", "format")]
    [InlineData("/api/similar?a=RUS&top=100000", "top")]
    [InlineData("/api/similar?a=RUS&year=2020&from=2019", "year")]
    [InlineData("/api/diverge?a=CHN&b=RUS&top=0", "top")]
    [InlineData("/api/vetoes?by=CHN,RUS,USA,GBR,FRA,DEU", "by")]
    [InlineData("/api/vetoes?joint=maybe", "joint")]
    [InlineData("/api/sc?a=CHN&b=RUS&list=hug", "list")]
    [InlineData("/api/sc?a=CHN&b=China", "b")]
    [InlineData("/api/sc?a=CHN", "b")]
    [InlineData("/api/sc?a=CHN&b=RUS&by=week", "by")]
    [InlineData("/api/sc?a=CHN&b=RUS&issue=zz", "issue")]
    [InlineData("/api/sc?a=CHN&b=RUS&from=2010&to=2000", "from")]
    [InlineData("/api/vetoes?issue=zz", "issue")]
    [InlineData("/api/vetoes?by=Chnia", "by")]
    [InlineData("/api/members?forum=ga", "forum")]
    [InlineData("/api/members?forum=SCO&year=2001", "year")]
    [InlineData("/api/members?forum=sc&on=garbage'--", "on")]
    [InlineData("/api/members?forum=sc&year=2001&on=2001-01-01", "on")]
    [InlineData("/api/brief?a=RUS&b=SUN", "b")]
    [InlineData("/api/brief?a=RUS&b=SCG", "b")]
    [InlineData("/api/brief?a=YUG&b=RUS", "a")]
    [InlineData("/api/brief?a=CHN&b=RUS&reference=SUN", "reference")]
    [InlineData("/api/show", "symbol")]
    [InlineData("/api/events?by=week", "by")]
    [InlineData("/api/events?type=parade", "type")]
    [InlineData("/api/events?between=CHN,XXQ", "between")]
    [InlineData("/api/events?by=year&with-duplicates=true", "with-duplicates")]
    [InlineData("/api/events?source=rumour", "source")]
    [InlineData("/api/ideal?states=USA&from=1900", "from")]
    [InlineData("/api/ideal?states=USA&compare-reference=true", "states")]
    [InlineData("/api/members", "forum")]
    [InlineData("/api/members?forum=SCO&on=2024-13-01", "on")]
    [InlineData("/api/declarations?forum=NATO", "forum")]
    [InlineData("/api/declarations?forum=SCO&state=XXQ", "state")]
    [InlineData("/api/states?limit=5000", "limit")]
    public async Task BadValue_Is400_NamingTheParameter(string url, string parameter)
    {
        var (status, json, response) = await app.CreateClient().Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _), json.ToString());
        AssertNoInternals(json);
    }

    [Theory]
    [InlineData("/api/agree?a=CHN&b=RUS&form=1990", "form")]
    [InlineData("/api/vetoes?by=CHN&jiont=true", "jiont")]
    [InlineData("/api/status?debug=1", "debug")]
    [InlineData("/api/show?symbol=S/2019/186&sql=1", "sql")]
    [InlineData("/api/events?between=CHN,RUS&form=2001", "form")]
    [InlineData("/api/ideal?states=USA&refit=true", "refit")]
    [InlineData("/api/issues?evaluate=true", "evaluate")]
    public async Task UnknownParameter_Is400(string url, string parameter)
    {
        var (status, json, _) = await app.CreateClient().Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"Unknown parameter '{parameter}'", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParameterGivenTwice_Is400()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/agree?a=CHN&b=RUS&b=USA");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(json.GetProperty("errors").TryGetProperty("b", out _));
    }

    [Fact]
    public async Task StateWithoutVotesInTheForum_Is400_NotAServerError()
    {
        // Liechtenstein has never sat on the Security Council.
        var (status, json, _) = await app.CreateClient().Get("/api/agree?a=CHN&b=LIE&forum=sc");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("no recorded votes", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    internal static void AssertNoInternals(JsonElement json)
    {
        var text = json.ToString();
        foreach (var leak in new[] { "   at ", "Exception", ".cs:line", "/work/", "Concord.Web.", "stackTrace" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Brief_OfAStateWithItself_Is400_InTheCommandsWords()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/api/brief?a=CHN&b=China", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("'a' and 'b' are the same state (CHN): give two different states.", json.RootElement.GetProperty("detail").GetString());
    }
}
