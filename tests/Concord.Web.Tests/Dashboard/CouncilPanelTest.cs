using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard's Security Council panel in a real headless Chromium against the real server: it reads the
/// /api/sc and /api/vetoes answers, in the frame the user chose, issue area included.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CouncilPanelTest(LiveServer server, Chromium chromium)
{
    private Task<IPage> Open(string hash = "") => chromium.OpenDashboard(server, hash);

    [Fact]
    public async Task TheIssueArea_IsAppliedToTheCouncilPanel_AndShownApplied()
    {
        // Given what the API gives for China and Russia on Syria alone
        using var http = new HttpClient { BaseAddress = server.Address };
        var sc = await http.GetFromJsonAsync<JsonElement>("/api/sc?a=CHN&b=RUS&issue=syria");
        var vetoes = await http.GetFromJsonAsync<JsonElement>("/api/vetoes?by=CHN,RUS&joint=true&issue=syria");
        var decisions = sc.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("decisions").GetInt32());

        // When the dashboard is opened on that issue area
        var page = await Open("#a=CHN&b=RUS&issue=syria&from=1946");
        await page.WaitForSelectorAsync("#sc-pattern p[data-issue=syria]");

        // Then the pattern counts only those decisions, and both tables say the issue area is applied
        var shown = await page.Locator("#sc-pattern tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.cells[1].textContent)");
        Assert.Equal(decisions, shown.Sum(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
        Assert.Contains("in issue area syria", await page.Locator("#sc-pattern p.caption").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#joint-vetoes [data-issue=syria]").CountAsync());
        Assert.Equal(vetoes.GetProperty("vetoes").GetInt32(), await page.Locator("#joint-vetoes tbody tr").CountAsync());
        Assert.True(vetoes.GetProperty("vetoes").GetInt32() > 0, "China and Russia vetoed drafts on Syria together");
    }

    [Fact]
    public async Task ACountInARow_OpensTheDecisionsOfThatRowOnly()
    {
        // Given the joint vetoes of 2013-2021 as the pattern counts them
        var page = await Open("#a=CHN&b=RUS&from=1946");
        var link = page.Locator("#sc-pattern tr", new() { HasText = "2013–2021" }).Locator("a[data-kind=joint-veto]");
        await link.WaitForAsync();
        var count = await link.TextContentAsync();

        // When the count is clicked
        await link.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#decisions-title').textContent.endsWith('2013–2021') && document.querySelectorAll('#decisions-list tbody tr').length > 0");

        // Then the panel lists exactly that many drafts, all in those years
        Assert.Equal(count, (await page.Locator("#decisions-list tbody tr").CountAsync()).ToString(CultureInfo.InvariantCulture));
        var dates = await page.Locator("#decisions-list tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.cells[0].textContent)");
        Assert.All(dates, d => Assert.InRange(int.Parse(d[..4], CultureInfo.InvariantCulture), 2013, 2021));
    }

    [Fact]
    public async Task CountsThatCannotBeKnown_ReadAsTheCliReadsThem_UnknownOrAtLeast()
    {
        // Given the readings of the counts in doubt in the CSV (the CLI's words) for the two columns the panel shows
        using var http = new HttpClient { BaseAddress = server.Address };
        var csv = (await http.GetStringAsync("/api/sc?a=CHN&b=RUS&format=csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',');
        int[] shownColumns = [Array.IndexOf(header, "a_vetoed_b_abstained"), Array.IndexOf(header, "b_vetoed_a_abstained")];
        var expected = csv.Skip(1).SelectMany(l => shownColumns.Select(c => l.Split(',')[c])).Where(t => !int.TryParse(t, CultureInfo.InvariantCulture, out _)).ToList();
        Assert.Contains(expected, t => t.StartsWith("at least ", StringComparison.Ordinal));
        Assert.Contains(expected, t => t.StartsWith("unknown (", StringComparison.Ordinal));

        // Then the panel reads each of them in the same words, in the same order
        var page = await Open("#a=CHN&b=RUS&from=1946");
        await page.WaitForSelectorAsync("#sc-pattern span.unknown");
        Assert.Equal(expected, await page.Locator("#sc-pattern span.unknown").AllTextContentsAsync());
    }
}
