using System.Net;
using System.Text;

namespace Concord.Tests.Api;

/// <summary>Security headers on every response, and CSV exports that a spreadsheet cannot run as formulas.</summary>
[Collection(WebAppCollection.Name)]
public sealed class HardeningTest(WebAppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/status")]
    [InlineData("/api/agree?a=CHN")]
    [InlineData("/no/such/page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Brief_IsADownload_OfOneSelfContainedFile()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/api/brief?a=CHN&b=RUS&from=2001&to=2012", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("brief-CHN-RUS.html", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("they cast 5 vetoes together, the first in 2007 and the last in 2012", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExport_NeutralisesFormulasInText_ButNotNegativeNumbers()
    {
        // Given a real answer with negative numbers (kappa below zero) and text cells
        var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/api/agree?a=USA&b=CUB&by=year&metric=kappa&format=csv", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        // Then it is a CSV download whose numbers are plain numbers
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("year,n,kappa,kappa_nominal,same,opposite,partial,kappa_meaningful\n", csv, StringComparison.Ordinal);
        Assert.Contains(",-0.", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",'-", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvCells_StartingWithAFormulaSign_AreQuotedAsText()
    {
        // The exports' one formatter, given cells a spreadsheet would run (none of the record's texts start so today).
        var line = Concord.Questions.CellText.CsvLine(["=1+2", "+SUM(A1)", "-cmd|' /C calc'!A0", "@SUM(1)", -0.25, "plain, with comma"]);
        Assert.Equal("'=1+2,'+SUM(A1),'-cmd|' /C calc'!A0,'@SUM(1),-0.25,\"plain, with comma\"", line);
    }

    [Fact]
    public async Task CsvExport_OfEveryTableEndpoint_IsUtf8Csv()
    {
        var client = app.CreateClient();
        foreach (var url in new[] { "/api/similar?a=RUS&year=2022&format=csv", "/api/diverge?a=CHN&b=RUS&format=csv", "/api/vetoes?by=CHN&format=csv", "/api/sc?a=CHN&b=RUS&format=csv", "/api/sc?a=CHN&b=RUS&list=co-abstention&format=csv", "/api/members?forum=sc&format=csv", "/api/show?symbol=S/2019/186&format=csv" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            Assert.True(text.Split('\n').Length > 2, url);
        }
    }

    [Theory]
    [InlineData("/api/status")]
    [InlineData("/api/agree?a=CHN&b=RUS&by=all")]
    [InlineData("/api/states?q=chi")]
    [InlineData("/")]
    public async Task Head_IsAnsweredAsGet_WithoutABody(string url)
    {
        using var client = app.CreateClient();
        var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebound.attacker.test:5080")]
    public async Task AHostTheServerWasNotAskedToListenOn_IsRefused(string host)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/status", UriKind.Relative));
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void AllowedHosts_AreLoopbackAndTheListeningNames_OrAnyWhereItListensEverywhere()
    {
        Assert.Equal(["localhost", "127.0.0.1", "[::1]", "myhost"], Concord.Web.ConcordServer.AllowedHosts("http://127.0.0.1:5080;http://myhost:80"));
        Assert.Equal(["*"], Concord.Web.ConcordServer.AllowedHosts("http://0.0.0.0:5080"));
        Assert.Equal(["*"], Concord.Web.ConcordServer.AllowedHosts("http://+:5080"));
    }
}
