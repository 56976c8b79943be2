using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Reports.Map;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard's map of where every state stands between the pair, in a real headless Chromium against the
/// real server: the shapes coloured from /api/between as the brief colours them, the year slider, the hover figures,
/// the absent members and the sorted bars.</summary>
[Collection(DashboardCollection.Name)]
public sealed class BetweenPanelTest(LiveServer server, Chromium chromium)
{
    private Task<IPage> Open(string hash) => chromium.OpenDashboard(server, hash);

    private async Task<JsonElement> Between(string a, string b, int year)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        return await http.GetFromJsonAsync<JsonElement>($"/api/between?a={a}&b={b}&year={year}");
    }

    private static async Task<int> Year(IPage page) => int.Parse((await page.Locator("#between-year").InputValueAsync())!, CultureInfo.InvariantCulture);

    private static async Task SetYear(IPage page, int year)
    {
        await page.Locator("#between-year").EvaluateAsync("(el, y) => { el.value = String(y); el.dispatchEvent(new Event('input')); el.dispatchEvent(new Event('change')); }", year);
        await page.WaitForFunctionAsync("y => document.getElementById('between-summary').textContent.startsWith(String(y))", year);
    }

    /// <summary>The map's paths as (code, standing, fill), one per shape.</summary>
    private static async Task<List<(string Code, string Standing, string Fill)>> Paths(IPage page)
    {
        var paths = await page.Locator("#between-map path[data-standing]").EvaluateAllAsync<string[][]>(
            "ps => ps.map(p => [p.dataset.code, p.dataset.standing, p.getAttribute('fill')])");
        return [.. paths.Select(p => (p[0], p[1], p[2]))];
    }

    private static void AssertColouredAsTheApi(JsonElement between, List<(string Code, string Standing, string Fill)> paths)
    {
        var drawn = paths.Where(p => p.Code.Length > 0).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var seen = 0;
        foreach (var row in between.GetProperty("rows").EnumerateArray())
        {
            if (!drawn.TryGetValue(row.GetProperty("state").GetString()!, out var path))
            {
                continue;
            }

            var difference = row.GetProperty("difference");
            if (difference.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(("too-few", LeanScale.TooFewColour), (path.Standing, path.Fill));
            }
            else
            {
                Assert.Equal(("lean", LeanScale.Of(difference.GetDouble()).Colour), (path.Standing, path.Fill));
                seen++;
            }
        }

        Assert.True(seen > 100, $"only {seen} states coloured");
        foreach (var code in (between.GetProperty("absent_members").GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(drawn.ContainsKey))
        {
            Assert.Equal("absent", drawn[code].Standing);
        }
    }

    [Fact]
    public async Task TheMap_OpensOnTheLastFullYear_ColouredAsTheApiSays()
    {
        // Given the shapes the server serves
        using var http = new HttpClient { BaseAddress = server.Address };
        var shapes = await http.GetFromJsonAsync<JsonElement>("/api/shapes");
        var status = await http.GetFromJsonAsync<JsonElement>("/api/status");

        // When the dashboard is opened on China and the United States
        var page = await Open("#a=CHN&b=USA");
        await page.WaitForSelectorAsync("#between-map path[data-standing]");

        // Then it opens on the last year the record covers in full, and draws every shape once
        var last = status.GetProperty("last_year").GetInt32();
        var partial = string.CompareOrdinal(status.GetProperty("last_vote").GetString(), $"{last}-12-31") < 0;
        var year = await Year(page);
        Assert.Equal(partial ? last - 1 : last, year);
        var paths = await Paths(page);
        Assert.Equal(shapes.GetProperty("shapes").GetArrayLength(), paths.Count);

        // And A and B are marked, and every state is in the colour of its difference in /api/between for that year
        Assert.Equal(("a", LeanScale.AColour), paths.Where(p => p.Code == "CHN").Select(p => (p.Standing, p.Fill)).Single());
        Assert.Equal(("b", LeanScale.BColour), paths.Where(p => p.Code == "USA").Select(p => (p.Standing, p.Fill)).Single());
        AssertColouredAsTheApi(await Between("CHN", "USA", year), paths);

        // And the legend's boxes show the classes' colours (set past the content security policy)
        var colours = await page.Locator("#between-map .legend-scale .swatch").EvaluateAllAsync<string[]>("xs => xs.map(x => getComputedStyle(x).backgroundColor)");
        Assert.Equal(LeanScale.Classes.Count, colours.Length);
        Assert.DoesNotContain("rgba(0, 0, 0, 0)", colours);
    }

    [Fact]
    public async Task TheCaptions_SayWhichSessionsTheRecordLacksVotesOf_AsTheApiDoes()
    {
        // Given the dashboard on China and Russia, opened on the last full year
        var page = await Open("#a=CHN&b=RUS");
        await page.WaitForSelectorAsync("#between-map path[data-standing]");
        var year = await Year(page);

        // When the API names the sessions of that year whose record falls short of the UN Library's count
        var gaps = (await Between("CHN", "RUS", year)).GetProperty("coverage_gaps").EnumerateArray().Select(g => g.GetString()!).ToList();

        // Then the map's caption names each, and so does the agreement chart's over the frame that holds that year
        Assert.NotEmpty(gaps);
        var mapCaption = await page.Locator("#between-caption").TextContentAsync() ?? "";
        Assert.All(gaps, g => Assert.Contains(g, mapCaption, StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.getElementById('chart-caption').textContent.length > 0");
        Assert.Contains("Not every recorded vote is on record", await page.Locator("#chart-caption").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSlider_RedrawsTheYear_AndAStateShowsItsFiguresOnHover()
    {
        // Given the dashboard on China and Russia over the whole record (the slider offers the frame's years)
        var page = await Open("#a=CHN&b=RUS&from=1946");
        await page.WaitForSelectorAsync("#between-map path[data-standing]");

        // When the slider is moved to 1990
        await SetYear(page, 1990);

        // Then the map is 1990's, as the API gives it: Russia's shape stands for the USSR's seat
        var between = await Between("CHN", "RUS", 1990);
        var paths = await Paths(page);
        AssertColouredAsTheApi(between, paths);
        Assert.Equal("b", paths.Single(p => p.Code == "RUS").Standing);

        // And pointing at a state shows its figures from the API
        var gbr = between.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("state").GetString() == "GBR");
        await page.Locator("#between-map path[data-code=GBR]").DispatchEventAsync("mouseenter");
        var readout = await page.Locator("#between-readout").TextContentAsync() ?? "";
        Assert.Contains("1990", readout, StringComparison.Ordinal);
        Assert.Contains(gbr.GetProperty("with_a").GetDouble().ToString("0.00", CultureInfo.InvariantCulture), readout, StringComparison.Ordinal);
        Assert.Contains(gbr.GetProperty("with_b").GetDouble().ToString("0.00", CultureInfo.InvariantCulture), readout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSortedBars_ListEveryStateWithADifference_InTheApisOrder()
    {
        // Given the dashboard on China and the United States, at 2015
        var page = await Open("#a=CHN&b=USA");
        await page.WaitForSelectorAsync("#between-map path[data-standing]");
        await SetYear(page, 2015);

        // When the bar chart is opened
        await page.Locator("#between-bars-box summary").ClickAsync();
        var bars = await page.Locator("#between-bars g[data-code]").EvaluateAllAsync<string[]>("gs => gs.map(g => g.dataset.code)");

        // Then it has one bar per state with a difference, from the most China-leaning, as /api/between orders them
        var expected = (await Between("CHN", "USA", 2015)).GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("difference").ValueKind != JsonValueKind.Null)
            .Select(r => r.GetProperty("state").GetString()!).ToList();
        Assert.Equal(expected, bars);
    }

    [Fact]
    public async Task TheMapsYear_IsInTheAddress_BothWays()
    {
        // Given an address that names the map's year
        var page = await Open("#a=CHN&b=USA&map=1975&from=1946");
        await page.WaitForFunctionAsync("() => document.getElementById('between-summary').textContent.startsWith('1975')");

        // Then the slider stands on it and the map is that year's, as the API gives it
        Assert.Equal(1975, await Year(page));
        AssertColouredAsTheApi(await Between("CHN", "USA", 1975), await Paths(page));

        // And moving the slider writes the year into the address
        await SetYear(page, 1980);
        Assert.Contains("map=1980", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
    }
}
