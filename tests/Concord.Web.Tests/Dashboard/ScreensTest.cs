using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Reports.Brief;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard on any screen and on any frame, as a new user meets it: a phone and a laptop, no horizontal
/// scroll, no serious accessibility violation, and a true sentence wherever a frame is too thin for a chart.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ScreensTest(LiveServer server, Chromium chromium)
{
    /// <summary>Every panel has been drawn (none is loading), and the map's first year too.</summary>
    private const string AllDrawn = "() => document.querySelectorAll('section.panel').length > 0"
        + " && document.querySelectorAll('section.panel[aria-busy=true], section.panel:not([data-state])').length === 0"
        + " && !(document.getElementById('between-summary')?.textContent || '').startsWith('Loading')";

    private async Task<IPage> Open(string hash, int width, int height = 900)
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync(new Uri(server.Address, "/" + hash).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.WaitForFunctionAsync(AllDrawn);
        return page;
    }

    [Theory]
    [InlineData(400)]
    [InlineData(1280)]
    public async Task AtAPhonesWidthAndALaptops_NothingScrollsSideways_ChartsKeepTheirTextSize_AndAxeFindsNothingSerious(int width)
    {
        // Given China and Russia over the whole record, every panel drawn, the splits list open
        var page = await Open("#a=CHN&b=RUS&from=1946", width);

        // Then the page is no wider than the screen: wide tables scroll in their own box
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a {width} px screen");
        var wider = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll, #between-bars')).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)");
        Assert.Empty(wider);

        // And the charts are drawn at the size they are shown, so their 12 px text is 12 px (not 5 px) on a phone
        foreach (var chart in new[] { "#chart svg", "#ideal svg", "#say svg" })
        {
            var scale = await page.Locator(chart).First.EvaluateAsync<double>("s => s.getBoundingClientRect().width / s.viewBox.baseVal.width");
            Assert.InRange(scale, 0.95, 1.05);
        }

        // And axe-core finds no serious or critical violation, on the page and with the evidence panel open
        await AssertAccessible(page, width);
        await page.Locator("[data-figure=opposite]").ClickAsync();
        await page.WaitForSelectorAsync("#decisions-list tbody tr");
        await AssertAccessible(page, width);
    }

    private static async Task AssertAccessible(IPage page, int width)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(serious.Count == 0, $"at {width} px: {string.Join("\n", serious)}");
    }

    [Fact]
    public async Task TheControlsAndTheChart_AreReachedAndWorkedByKeyboard()
    {
        var page = await Open("#a=CHN&b=RUS", 1280);

        // A state is chosen with the keyboard alone: type, arrow down to the first match, Enter
        await page.FillAsync("#state-b", "");
        await page.FocusAsync("#state-b");
        await page.Keyboard.TypeAsync("United States");
        await page.WaitForSelectorAsync("#matches-b button[data-code=USA]");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("USA", await page.EvaluateAsync<string>("() => document.activeElement.dataset.code"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash.includes('b=USA')");
        await page.WaitForFunctionAsync(AllDrawn);

        // A point of the chart is a control: Tab reaches it, Enter opens the year's splits, Escape closes them
        var point = page.Locator("#chart circle[data-series=agreement]").Last;
        Assert.Equal("button", await point.GetAttributeAsync("role"));
        Assert.Equal("0", await point.GetAttributeAsync("tabindex"));
        await point.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#decisions-list tbody tr");
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#decisions").IsHiddenAsync());
    }

    [Fact]
    public async Task AThinFrame_SaysWhyTheChartIsEmpty_AndShowsTheVotesPerYearInstead()
    {
        // Given the Ukraine issue area from 2022, where China and Russia share a handful of votes a year
        using var http = new HttpClient { BaseAddress = server.Address };
        var overall = await http.GetFromJsonAsync<JsonElement>("/api/agree?a=CHN&b=RUS&issue=ukraine&from=2022&by=all");
        var byYear = await http.GetFromJsonAsync<JsonElement>("/api/agree?a=CHN&b=RUS&issue=ukraine&from=2022&by=year");
        var n = overall.GetProperty("rows")[0].GetProperty("n").GetInt32();
        var years = byYear.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("n").GetInt32() > 0).ToList();
        Assert.All(years, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("agreement").ValueKind));

        var page = await Open("#a=CHN&b=RUS&issue=ukraine&from=2022", 1280);

        // Then the chart's place says how many common votes there are and why no line is drawn, never "no votes in common"
        var text = await page.Locator("#panel-agreement [data-empty=thin]").TextContentAsync() ?? "";
        Assert.Contains($"{n} common votes", text, StringComparison.Ordinal);
        Assert.Contains("no year has the 10 a yearly figure needs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No votes in common", await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        // And the votes per year are shown instead, one row a year, equal to the API's
        Assert.Equal(years.Count, await page.Locator("#panel-agreement tbody tr").CountAsync());
        Assert.Equal(n.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-figure=n]").TextContentAsync());
    }

    [Fact]
    public async Task Kappa_ReadsNotMeaningful_WhereTheApiSaysItIsNot()
    {
        // Given the United States and the United Kingdom in the Council, where one kind of vote is near-universal
        using var http = new HttpClient { BaseAddress = server.Address };
        var row = (await http.GetFromJsonAsync<JsonElement>("/api/agree?a=USA&b=GBR&forum=sc&from=1946&by=all")).GetProperty("rows")[0];
        Assert.False(row.GetProperty("kappa_meaningful").GetBoolean());

        var page = await Open("#a=USA&b=GBR&forum=sc&from=1946", 1280);

        Assert.Equal("not meaningful", await page.Locator("[data-figure=kappa]").TextContentAsync());
        // And where it is meaningful, the figure is the API's
        var sc = (await http.GetFromJsonAsync<JsonElement>("/api/agree?a=FRA&b=GBR&forum=sc&from=2015&by=all")).GetProperty("rows")[0];
        Assert.True(sc.GetProperty("kappa_meaningful").GetBoolean());
        await page.GotoAsync(new Uri(server.Address, "/#a=FRA&b=GBR&forum=sc&from=2015").ToString());
        await page.WaitForFunctionAsync("() => location.hash.includes('a=FRA')");
        await page.WaitForFunctionAsync(AllDrawn);
        await page.WaitForFunctionAsync("k => document.querySelector('[data-figure=kappa]')?.textContent === k", sc.GetProperty("kappa").GetDouble().ToString("0.000", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StatesWithoutAPermanentSeat_GetNoVetoCards_AndTheMapOffersOnlyTheYearsBothVoted()
    {
        // Given India and South Sudan (a UN member from 2011), in the Security Council's frame
        var page = await Open("#a=IND&b=SSD&forum=sc&from=1992", 1280);

        // Then no joint-veto figure or column, and a sentence saying why
        Assert.Equal(0, await page.Locator("[data-figure=joint-vetoes]").CountAsync());
        Assert.Contains("no permanent seat", await page.Locator("#joint-vetoes [data-empty=not-permanent]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#sc-pattern th')].map(t => t.textContent).filter(t => t.includes('veto'))"));
        // And the map says it reads the Assembly, whose years both voted in begin with South Sudan's first vote
        Assert.True(await page.Locator("#between-note").IsVisibleAsync());
        using var http = new HttpClient { BaseAddress = server.Address };
        var years = (await http.GetFromJsonAsync<JsonElement>("/api/agree?a=IND&b=SSD&forum=ga&by=year&from=1992")).GetProperty("rows")
            .EnumerateArray().Where(r => r.GetProperty("n").GetInt32() > 0).Select(r => r.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.Min().ToString(CultureInfo.InvariantCulture), await page.Locator("#between-year").GetAttributeAsync("min"));
        Assert.Equal(years.Max().ToString(CultureInfo.InvariantCulture), await page.Locator("#between-year").GetAttributeAsync("max"));
        Assert.DoesNotContain(" of 0 states", await page.Locator("#between-summary").TextContentAsync() ?? "", StringComparison.Ordinal);

        // And the controls offer what the record answers: the years from the first both voted in, the Council marked
        await page.WaitForFunctionAsync("() => document.querySelector('#forum option[value=sc]').textContent.includes('never sat together')");
        Assert.Equal(years.Min().ToString(CultureInfo.InvariantCulture), await page.Locator("#from").GetAttributeAsync("min"));
        await page.GotoAsync(new Uri(server.Address, "/#a=IND&b=SSD&forum=ga").ToString());
        await page.WaitForFunctionAsync("() => location.hash.includes('forum=ga')");
        await page.WaitForFunctionAsync("() => document.querySelector('#forum option[value=sc]').disabled");
    }

    [Fact]
    public async Task TwoPermanentMembers_KeepTheirVetoCards()
    {
        var page = await Open("#a=CHN&b=RUS", 1280);

        Assert.Equal(1, await page.Locator("[data-figure=joint-vetoes]").CountAsync());
        Assert.Contains("joint vetoes", await page.Locator("#sc-pattern thead").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task APanelStillLoading_SaysSo_WhileTheOthersAreDrawn()
    {
        // Given the speeches' answer held back for a moment
        var page = await chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/say?*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(server.Address, "/#a=CHN&b=RUS").ToString());

        // Then the agreement chart is drawn while the speeches panel says it is loading
        await page.WaitForSelectorAsync("#chart svg circle[data-series=agreement]");
        Assert.Equal("true", await page.Locator("#panel-say").GetAttributeAsync("aria-busy"));
        Assert.Equal("Loading…", await page.Locator("#panel-say .panel-status").TextContentAsync());

        // And once the answer comes, the status goes
        release.SetResult();
        await page.WaitForSelectorAsync("#say svg");
        Assert.Null(await page.Locator("#panel-say").GetAttributeAsync("aria-busy"));
    }

    [Fact]
    public async Task WithoutAPeriodInTheAddress_TheDashboardOpensOnTheBriefsPeriod()
    {
        var page = await Open("#a=CHN&b=RUS", 1280);

        Assert.Equal(BriefRequest.DefaultFrom.ToString(CultureInfo.InvariantCulture), await page.InputValueAsync("#from"));
        Assert.Contains($"from={BriefRequest.DefaultFrom}", await page.Locator("#brief-link").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryListOfDecisions_HasTitlesBesideItsSymbols()
    {
        var page = await Open("#a=CHN&b=RUS", 1280);

        // The splits panel, the splits a figure opens, and the Council decisions a count opens
        Assert.True(await page.Locator("#splits tbody tr").CountAsync() > 0);
        Assert.All(await page.Locator("#splits tbody tr td:nth-child(4)").AllTextContentsAsync(), t => Assert.False(string.IsNullOrWhiteSpace(t)));
        await page.Locator("[data-figure=opposite]").ClickAsync();
        await page.WaitForSelectorAsync("#decisions-list tbody tr");
        var titled = await page.Locator("#decisions-list tbody tr .with-title .title").AllTextContentsAsync();
        Assert.Equal(await page.Locator("#decisions-list tbody tr").CountAsync(), titled.Count);
        await page.ClickAsync("#decisions-close");
        await page.Locator("#sc-pattern a[data-kind=joint-veto]").First.ClickAsync();
        await page.WaitForSelectorAsync("#decisions-list tbody tr .with-title");
        Assert.Equal(await page.Locator("#decisions-list tbody tr").CountAsync(), await page.Locator("#decisions-list tbody tr .with-title .title").CountAsync());
    }
}
