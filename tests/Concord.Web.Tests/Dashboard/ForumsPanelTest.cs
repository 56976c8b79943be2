using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concord.Tests.Dashboard;

/// <summary>The regional-forums panel (panel-forums.js, the forums question): memberships on the frame's last day,
/// declarations adopted while both were members, multinational events, each as the API gives them.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ForumsPanelTest(LiveServer server, Chromium chromium)
{
    [Fact]
    public async Task ChinaAndRussia_TheirForums_Declarations_AndEvents_AreTheApis()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var forums = await http.GetFromJsonAsync<JsonElement>("/api/forums?a=CHN&b=RUS&to=2024&on=2024-12-31");
        var declarations = await http.GetFromJsonAsync<JsonElement>("/api/forums?a=CHN&b=RUS&from=1992&to=2024&list=declarations");
        var events = await http.GetFromJsonAsync<JsonElement>("/api/forums?a=CHN&b=RUS&from=1992&to=2024&list=events");

        var page = await chromium.OpenDashboard(server, "#a=CHN&b=RUS&from=1992&to=2024");
        await page.WaitForSelectorAsync("#forums [data-forums]");

        // The standings are read on the frame's last day, and the forums they share are the API's
        Assert.Equal(forums.GetProperty("forums_together").GetInt32().ToString(CultureInfo.InvariantCulture), await page.Locator("#forums [data-together]").GetAttributeAsync("data-together"));
        Assert.Contains("2024-12-31", await page.Locator("#forums [data-forums]").TextContentAsync() ?? "", StringComparison.Ordinal);
        var rows = await page.Locator("#forums table").First.Locator("tbody tr").AllTextContentsAsync();
        Assert.Equal(forums.GetProperty("rows").GetArrayLength(), rows.Count);
        Assert.Contains(rows, r => r.Contains("Shanghai Cooperation Organisation", StringComparison.Ordinal) && r.Contains("2001-06-15", StringComparison.Ordinal));

        // The declarations and events counts are the API's, each row with a source link
        Assert.Equal(declarations.GetProperty("rows").GetArrayLength().ToString(CultureInfo.InvariantCulture), await page.Locator("#forums [data-declarations]").GetAttributeAsync("data-declarations"));
        Assert.Equal(events.GetProperty("rows").GetArrayLength().ToString(CultureInfo.InvariantCulture), await page.Locator("#forums [data-events]").GetAttributeAsync("data-events"));
        Assert.True(await page.Locator("#forums td a[href^='http']").CountAsync() > 0);
    }

    [Fact]
    public async Task StatesInNoForumOnRecord_AreToldSo_NotShownAnEmptyTable()
    {
        var page = await chromium.OpenDashboard(server, "#a=MEX&b=CAN");
        await page.WaitForSelectorAsync("#forums [data-empty=no-forum]");

        Assert.Contains("Neither Mexico nor Canada", await page.Locator("#forums [data-empty=no-forum]").TextContentAsync() ?? "", StringComparison.Ordinal);
        // No standings table (the multinational exercises both joined, Unitas among them, are still listed below)
        Assert.Equal(0, await page.Locator("#forums [data-forums]").CountAsync());
        Assert.Equal("Summit declarations", await page.Locator("#forums > *:nth-child(2)").TextContentAsync());
    }
}
