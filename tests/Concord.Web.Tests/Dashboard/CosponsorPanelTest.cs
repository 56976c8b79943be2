using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard's co-sponsorship panel in a real headless Chromium against the real server: the figures of
/// /api/cosponsor for the pair, and each list opening exactly the texts it names.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CosponsorPanelTest(LiveServer server, Chromium chromium)
{
    private Task<IPage> Open(string hash = "") => chromium.OpenDashboard(server, hash);

    [Fact]
    public async Task ThePanel_ShowsTheSessionsOfTheApi_AndTheJointLinkOpensTheJointTexts()
    {
        // Given what the API gives for China and Russia, by session and as the list of joint texts
        using var http = new HttpClient { BaseAddress = server.Address };
        var bySession = await http.GetFromJsonAsync<JsonElement>("/api/cosponsor?a=CHN&b=RUS");
        var joint = await http.GetFromJsonAsync<JsonElement>("/api/cosponsor?a=CHN&b=RUS&list=joint");
        var sessions = bySession.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("session").ToString()).ToList();
        Assert.NotEmpty(sessions);

        // When the dashboard is opened on the pair
        var page = await Open("#a=CHN&b=RUS");
        await page.WaitForSelectorAsync("#cosponsor p[data-texts]");

        // Then the panel has the API's sessions and total, and says the coverage
        Assert.Equal(bySession.GetProperty("texts").GetInt32().ToString(CultureInfo.InvariantCulture), await page.Locator("#cosponsor p[data-texts]").GetAttributeAsync("data-texts"));
        Assert.Equal(sessions, await page.Locator("#cosponsor tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.cells[0].textContent)"));
        Assert.Contains(bySession.GetProperty("coverage").GetString()!, await page.Locator("#cosponsor p.caption").TextContentAsync() ?? "", StringComparison.Ordinal);

        // And the joint link opens exactly the joint texts
        await page.Locator("#cosponsor a[data-list=joint]").ClickAsync();
        await page.WaitForSelectorAsync("#decisions-list [data-listed]");
        Assert.Equal(joint.GetProperty("rows").GetArrayLength().ToString(CultureInfo.InvariantCulture), await page.Locator("#decisions-list [data-listed]").GetAttributeAsync("data-listed"));
        Assert.Equal(joint.GetProperty("rows").GetArrayLength(), await page.Locator("#decisions-list tbody tr").CountAsync());
    }
}
