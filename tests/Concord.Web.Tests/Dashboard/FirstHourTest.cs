using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The rough edges a newcomer met on the dashboard (issue 17), each in a real headless Chromium against the real server.</summary>
[Collection(DashboardCollection.Name)]
public sealed class FirstHourTest(LiveServer server, Chromium chromium)
{
    private Task<IPage> Open(string hash = "") => chromium.OpenDashboard(server, hash);

    [Fact]
    public async Task Issue13_CouncilCountsThatCannotBeKnown_ReadUnknown_NotZero()
    {
        // Given China and Russia over the whole record: the USSR's vetoes of 1972-1991 have no member votes on record
        var page = await Open("#a=CHN&b=RUS&from=1946");
        await page.WaitForSelectorAsync("#sc-pattern span.unknown");

        // Then the 1972-1991 row says unknown, with the reason, where a count would otherwise read 0
        var row = page.Locator("#sc-pattern tr", new() { HasText = "1972–1991" });
        var unknown = row.Locator("span.unknown");
        Assert.True(await unknown.CountAsync() >= 1);
        Assert.StartsWith("unknown (", await unknown.First.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("vetoes without member votes on record", await unknown.First.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue17_TheFirstLoad_OpensOnChinaAndRussia_WithTheBriefLinkShown()
    {
        var page = await Open();
        await page.WaitForSelectorAsync("#chart svg circle[data-series=agreement]");
        Assert.Equal("CHN chosen", await page.Locator("#chosen-a").TextContentAsync());
        Assert.Equal("RUS chosen", await page.Locator("#chosen-b").TextContentAsync());
        Assert.True(await page.Locator("#brief-link").IsVisibleAsync());
        Assert.Contains("a=CHN&b=RUS", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue17_AnUnknownCodeInTheAddress_IsReported_AndNoBriefIsOffered()
    {
        var page = await Open("#a=XQZ&b=RUS");
        Assert.Contains("XQZ", await page.Locator("#message").TextContentAsync() ?? "", StringComparison.Ordinal);
        // hidden must win over .button's display: inline-block
        Assert.False(await page.Locator("#brief-link").IsVisibleAsync());
        Assert.False(await page.Locator("#results").IsVisibleAsync());
    }

    [Fact]
    public async Task Issue17_EditingTheAddress_Redraws()
    {
        var page = await Open("#a=CHN&b=RUS");
        await page.WaitForSelectorAsync("#chart svg circle[data-series=agreement]");
        await page.EvaluateAsync("() => { location.hash = 'a=USA&b=GBR'; }");
        await page.WaitForFunctionAsync("() => document.querySelector('#chart-title').textContent.includes('USA and GBR')");
        Assert.Equal("USA chosen", await page.Locator("#chosen-a").TextContentAsync());
        Assert.Equal("GBR chosen", await page.Locator("#chosen-b").TextContentAsync());
    }

    [Theory]
    [InlineData("Britain", "GBR")]
    [InlineData("UK", "GBR")]
    [InlineData("America", "USA")]
    [InlineData("Russia", "RUS")]
    public async Task Issue17_CommonNamesAndAliases_FindTheirState(string typed, string code)
    {
        var page = await Open();
        await page.FillAsync("#state-a", typed);
        await page.WaitForSelectorAsync($"#matches-a button[data-code={code}]");
        Assert.Equal(code, await page.Locator("#matches-a button").First.GetAttributeAsync("data-code"));
    }

    [Fact]
    public async Task Issue17_TheOppositeVotesFigure_OpensExactlyTheOppositeVotes_Paged()
    {
        // Given the number of opposite votes the API counts for China and Russia
        using var http = new HttpClient { BaseAddress = server.Address };
        var splits = await http.GetFromJsonAsync<JsonElement>("/api/diverge?a=CHN&b=RUS&forum=ga");
        var opposite = splits.GetProperty("opposite").GetInt32();
        Assert.True(opposite > 100, "the check of paging needs more than one page");

        // When the figure is clicked
        var page = await Open("#a=CHN&b=RUS&from=1946");
        await page.WaitForSelectorAsync("[data-figure=opposite]");
        Assert.Equal(opposite.ToString("N0", CultureInfo.InvariantCulture), await page.Locator("[data-figure=opposite]").TextContentAsync());
        await page.Locator("[data-figure=opposite]").ClickAsync();
        await page.WaitForSelectorAsync("#decisions-list [data-listed]");

        // Then the panel lists that many decisions, every one yes against no, a page at a time
        Assert.Equal(opposite.ToString(CultureInfo.InvariantCulture), await page.Locator("#decisions-list [data-listed]").GetAttributeAsync("data-listed"));
        Assert.Equal(100, await page.Locator("#decisions-list tbody tr").CountAsync());
        var votes = await page.Locator("#decisions-list tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.cells[3].textContent + '/' + r.cells[4].textContent)");
        Assert.All(votes, v => Assert.Contains(v, new[] { "yes/no", "no/yes" }));
        await page.ClickAsync("#decisions-list button[data-page=next]");
        // The list is redrawn: the first cell may not exist for a moment, which is not a failure.
        await page.WaitForFunctionAsync("() => document.querySelector('#decisions-list tbody tr td')?.textContent === '101'");
    }

    [Fact]
    public async Task Issue17_OpeningADecision_LeavesNoLoadingAboveIt()
    {
        var page = await Open("#a=CHN&b=RUS");
        await page.WaitForSelectorAsync("#joint-vetoes a.symbol");
        await page.Locator("#joint-vetoes a.symbol").First.ClickAsync();
        await page.WaitForSelectorAsync("#decision-votes");
        Assert.DoesNotContain("Loading", await page.Locator("#decisions").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue17_SourceAddresses_AreLinks_AndIdealPointsAreDrawnWithIntervals()
    {
        var page = await Open("#a=CHN&b=RUS");
        await page.WaitForSelectorAsync("#events table");
        Assert.True(await page.Locator("#events td a[href^='http']").CountAsync() > 0);
        await page.WaitForSelectorAsync("#ideal svg");
        Assert.Equal(2, await page.Locator("#ideal svg polygon.interval").CountAsync());
        Assert.True(await page.Locator("#ideal svg circle.ideal-pt[data-state=CHN]").CountAsync() > 10);
        Assert.Equal(0, await page.Locator("#ideal table").CountAsync());
    }

    [Fact]
    public async Task Issue17_TheCouncilKappaLine_LeavesOutYearsWhereKappaIsNotMeaningful()
    {
        // Given the Council years the API gives a kappa for, and those where it says kappa is meaningful
        using var http = new HttpClient { BaseAddress = server.Address };
        var byYear = await http.GetFromJsonAsync<JsonElement>("/api/agree?a=CHN&b=RUS&forum=sc&by=year");
        var rows = byYear.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("kappa").ValueKind == JsonValueKind.Number).ToList();
        var meaningful = rows.Where(r => r.GetProperty("kappa_meaningful").GetBoolean()).Select(r => r.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.True(meaningful.Count < rows.Count, "near-unanimous Council years are expected in the record");

        // Then the kappa line has a point for exactly the meaningful years
        var page = await Open("#a=CHN&b=RUS&forum=sc&from=1946");
        await page.WaitForSelectorAsync("#chart svg circle[data-series=agreement]");
        var drawn = await page.Locator("#chart circle[data-series=kappa]").EvaluateAllAsync<string[]>("ps => ps.map(p => p.dataset.year)");
        Assert.Equal(meaningful, drawn);
    }
}
