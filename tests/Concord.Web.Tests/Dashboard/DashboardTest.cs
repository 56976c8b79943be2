using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Reports.Brief;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard in a real headless Chromium against the real server: pick two states, see the chart and the figures the API gives.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTest(LiveServer server, Chromium chromium)
{
    [Fact]
    public async Task PickTwoStates_ShowsTheChartAndTheirAgreement_AndEveryNumberOpensItsDecisions()
    {
        // Given the figures the API gives for China and Russia over the brief's period (the dashboard's default)
        using var http = new HttpClient { BaseAddress = server.Address };
        var overall = await http.GetFromJsonAsync<JsonElement>($"/api/agree?a=CHN&b=RUS&forum=ga&by=all&from={BriefRequest.DefaultFrom}");
        var byYear = await http.GetFromJsonAsync<JsonElement>($"/api/agree?a=CHN&b=RUS&forum=ga&by=year&from={BriefRequest.DefaultFrom}");
        var agreement = overall.GetProperty("rows")[0].GetProperty("agreement").GetDouble().ToString("0.000", CultureInfo.InvariantCulture);
        var yearsWithValue = byYear.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("agreement").ValueKind == JsonValueKind.Number).ToList();
        var y2014 = yearsWithValue.Single(r => r.GetProperty("year").GetInt32() == 2014).GetProperty("agreement").GetDouble().ToString("0.000", CultureInfo.InvariantCulture);

        var page = await chromium.Browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add(m.Text + " " + m.Location);
            }
        };
        page.PageError += (_, e) => problems.Add(e);

        // When a user loads the page and picks the two states through the search boxes
        await page.GotoAsync(server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.FillAsync("#state-a", "chin");
        await page.ClickAsync("#matches-a button[data-code=CHN]");
        await page.FillAsync("#state-b", "Russia");
        await page.ClickAsync("#matches-b button[data-code=RUS]");

        // Then the chart has a point for every year with a value, and the headline is the API's agreement
        await page.WaitForSelectorAsync("#chart svg circle[data-series=agreement]");
        Assert.Equal(yearsWithValue.Count, await page.Locator("#chart circle[data-series=agreement]").CountAsync());
        Assert.Equal(y2014, await page.Locator("#chart circle[data-series=agreement][data-year='2014']").GetAttributeAsync("data-value"));
        Assert.Equal(agreement, await page.Locator("[data-figure=agreement]").TextContentAsync());
        Assert.Contains("Year", await page.Locator("#chart svg").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("/api/brief?a=CHN&b=RUS", await page.Locator("#brief-link").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

        // And a point opens the decisions where they split that year, each opening its votes
        await page.Locator("#chart circle[data-series=agreement][data-year='2014']").ClickAsync();
        await page.WaitForSelectorAsync("#decisions-list a.symbol");
        Assert.Contains("2014", await page.Locator("#decisions-title").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.Locator("#decisions-list a.symbol").First.ClickAsync();
        await page.WaitForSelectorAsync("#decision-votes tr[data-state=CHN]");
        Assert.Equal(2, await page.Locator("#decision-votes tr.highlight").CountAsync());

        // And the Council's joint vetoes count opens the drafts behind it
        await page.ClickAsync("#decisions-close");
        var joint = await page.Locator("[data-figure=joint-vetoes]").TextContentAsync();
        await page.Locator("[data-figure=joint-vetoes]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#decisions-list tbody tr').length > 0 && document.querySelector('#decisions-title').textContent.startsWith('Joint vetoes')");
        Assert.Equal(joint, (await page.Locator("#decisions-list tbody tr").CountAsync()).ToString(CultureInfo.InvariantCulture));

        // And the ideal points and the bilateral events sections show what the API gives
        var events = await http.GetFromJsonAsync<JsonElement>($"/api/events?between=CHN,RUS&from={BriefRequest.DefaultFrom}");
        await page.WaitForSelectorAsync("#events [data-events]");
        Assert.Equal(events.GetProperty("events").GetInt32().ToString(CultureInfo.InvariantCulture), await page.Locator("#events [data-events]").GetAttributeAsync("data-events"));
        var ideal = await http.GetFromJsonAsync<JsonElement>($"/api/ideal?states=CHN,RUS&from={BriefRequest.DefaultFrom}");
        var all = ideal.GetProperty("rows").EnumerateArray().ToList();
        var latest = all.GroupBy(r => r.GetProperty("year").GetInt32()).Where(g => g.Count() == 2).Max(g => g.Key);
        var rows = all.Where(r => r.GetProperty("year").GetInt32() == latest).ToList();
        var distance = Math.Abs(rows.Single(r => r.GetProperty("state").GetString() == "CHN").GetProperty("position").GetDouble() - rows.Single(r => r.GetProperty("state").GetString() == "RUS").GetProperty("position").GetDouble());
        Assert.Equal(distance.ToString("0.00", CultureInfo.InvariantCulture), await page.Locator($"#ideal [data-ideal-distance='{latest}']").TextContentAsync());

        // And nothing was blocked by the content security policy or failed in the script
        Assert.Empty(problems);

        // The README's screenshot, when asked for (CONCORD_SCREENSHOTS=folder).
        if (Environment.GetEnvironmentVariable("CONCORD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ClickAsync("#decisions-close");
            await page.SetViewportSizeAsync(1280, 1500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = false });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard-full-page.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task ChangingTheForumAndPeriod_RedrawsFromTheApi()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var sc = await http.GetFromJsonAsync<JsonElement>("/api/agree?a=USA&b=GBR&forum=sc&by=all&from=2000&to=2010");
        var expected = sc.GetProperty("rows")[0].GetProperty("agreement").GetDouble().ToString("0.000", CultureInfo.InvariantCulture);

        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "/#a=USA&b=GBR&forum=sc&from=2000&to=2010").ToString());
        await page.WaitForSelectorAsync("#chart svg circle[data-series=agreement]");
        Assert.Equal(expected, await page.Locator("[data-figure=agreement]").TextContentAsync());
        var years = await page.Locator("#chart circle[data-series=agreement]").EvaluateAllAsync<string[]>("ps => ps.map(p => p.dataset.year)");
        Assert.All(years, y => Assert.InRange(int.Parse(y, CultureInfo.InvariantCulture), 2000, 2010));
    }
}
