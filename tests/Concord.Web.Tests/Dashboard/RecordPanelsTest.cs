using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard's panels that read the record's questions (show, ideal, events, issues) in a real headless
/// Chromium: each drawn from the API's answer as <c>--format json</c> gives it, and showing what that answer says.</summary>
/// <remarks>Each panel module's draw is called directly (imported into the page, the same module instance the page runs),
/// so that a panel is tested on its own answer, whatever the rest of the page is doing.</remarks>
[Collection(DashboardCollection.Name)]
public sealed class RecordPanelsTest(LiveServer server, Chromium chromium)
{
    private static readonly PageWaitForSelectorOptions s_attached = new() { State = WaitForSelectorState.Attached };

    /// <summary>Draws one panel module from one answer: [panel, answer key, question, query string].</summary>
    private const string DrawPanel = """
        async ([panel, key, question, parameters]) => {
          const module = await import(`/panel-${panel}.js`);
          const { api } = await import('/api.js');
          const answer = await api(question, Object.fromEntries(new URLSearchParams(parameters)));
          const box = document.querySelector(`#panel-${panel} .panel-body`);
          module.default.draw(box, { [key]: answer }, { a: { code: 'CHN', name: 'China' }, b: { code: 'RUS', name: 'Russian Federation' }, period: {}, frame: {} });
        }
        """;

    private async Task<(IPage Page, List<string> Problems)> Open()
    {
        var page = await chromium.Browser.NewPageAsync();
        // The first load computes the record's matrices; on a busy machine that outlasts Playwright's 30 s default.
        page.SetDefaultTimeout(90_000);
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add(e);
        await page.GotoAsync(new Uri(server.Address, "/#a=CHN&b=RUS").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return (page, problems);
    }

    [Fact]
    public async Task TheDecisionPanel_ShowsTheDecisionsTitleFacts_AndEveryMembersVote()
    {
        // Given the show answer for a joint veto
        using var http = new HttpClient { BaseAddress = server.Address };
        var show = await http.GetFromJsonAsync<JsonElement>("/api/show?symbol=S/2019/186");

        // When the decision is opened
        var (page, problems) = await Open();
        await page.EvaluateAsync("async () => (await import('/evidence.js')).openDecision('S/2019/186')");
        await page.WaitForSelectorAsync("#decision-votes tr[data-state=CHN]", s_attached);

        // Then one row per member vote, each vote as the answer gives it, and the facts under their labels
        Assert.Equal(show.GetProperty("rows").GetArrayLength(), await page.Locator("#decision-votes tbody tr").CountAsync());
        Assert.Equal("no", await page.Locator("#decision-votes tr[data-state=CHN] td span").TextContentAsync());
        var facts = await page.Locator("#decision-detail dl").EvaluateAsync<Dictionary<string, string>>(
            "dl => Object.fromEntries([...dl.querySelectorAll('dt')].map(dt => [dt.textContent, dt.nextElementSibling.textContent]))");
        Assert.Equal(show.GetProperty("decision_title").GetString(), facts["title"]);
        Assert.Equal("CHN RUS", facts["vetoed by"]);
        Assert.Equal(show.GetProperty("sources").GetArrayLength(), facts["sources"].Split("; ").Length);
        Assert.Equal("/api/show?symbol=S%2F2019%2F186&format=csv", await page.Locator("#decision-detail a", new() { HasText = "votes as CSV" }).GetAttributeAsync("href"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheIdealPanel_DrawsBothStates_AndTheLatestDistanceTheAnswerGives()
    {
        // Given the ideal points of China and Russia
        using var http = new HttpClient { BaseAddress = server.Address };
        var ideal = await http.GetFromJsonAsync<JsonElement>("/api/ideal?states=CHN,RUS");
        var all = ideal.GetProperty("rows").EnumerateArray().ToList();
        var latest = all.GroupBy(r => r.GetProperty("year").GetInt32()).Where(g => g.Count() == 2).Max(g => g.Key);
        double At(string state) => all.Single(r => r.GetProperty("year").GetInt32() == latest && r.GetProperty("state").GetString() == state).GetProperty("position").GetDouble();

        // When the panel is drawn from the answer
        var (page, problems) = await Open();
        await page.EvaluateAsync(DrawPanel, new[] { "ideal", "ideal", "ideal", "states=CHN,RUS" });
        await page.WaitForSelectorAsync($"#ideal [data-ideal-distance='{latest}']", s_attached);

        // Then a point per state-year, the distance of the latest year, and the scale in the answer's own words
        Assert.Equal(all.Count, await page.Locator("#ideal svg circle.ideal-pt").CountAsync());
        Assert.Equal(Math.Abs(At("CHN") - At("RUS")).ToString("0.00", CultureInfo.InvariantCulture), await page.Locator($"#ideal [data-ideal-distance='{latest}']").TextContentAsync());
        Assert.Contains(ideal.GetProperty("scale").GetString()!, await page.Locator("#ideal p.caption").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheEventsPanel_CountsTheEventsTheAnswerCounts_LatestFirst()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var events = await http.GetFromJsonAsync<JsonElement>("/api/events?between=CHN,RUS");
        var rows = events.GetProperty("rows").EnumerateArray().ToList();

        var (page, problems) = await Open();
        await page.EvaluateAsync(DrawPanel, new[] { "bilateral", "events", "events", "between=CHN,RUS" });
        await page.WaitForSelectorAsync("#events [data-events]", s_attached);

        Assert.Equal(events.GetProperty("events").GetInt32().ToString(CultureInfo.InvariantCulture), await page.Locator("#events [data-events]").GetAttributeAsync("data-events"));
        Assert.Equal(Math.Min(25, rows.Count), await page.Locator("#events tbody tr").CountAsync());
        Assert.Equal(rows[^1].GetProperty("name").GetString(), await page.Locator("#events tbody tr td").Nth(2).TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheIssuePicker_ListsEveryAreaOfTheIssuesAnswer()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var issues = await http.GetFromJsonAsync<JsonElement>("/api/issues");

        var (page, _) = await Open();
        var values = await page.Locator("#issue option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)");

        Assert.Equal(issues.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("area").GetString()), values);
    }
}
