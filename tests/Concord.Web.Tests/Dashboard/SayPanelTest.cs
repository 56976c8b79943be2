using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>The dashboard's "What they say" panel in a real headless Chromium against the real server: one point per
/// year of /api/say in which both spoke, and each word opening the sentences that use it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SayPanelTest(LiveServer server, Chromium chromium)
{
    [Fact]
    public async Task ThePanel_HasAPointForEveryYearBothSpoke_AndAWordOpensItsSentences()
    {
        // Given what the API says of China and Russia
        using var http = new HttpClient { BaseAddress = server.Address };
        var say = await http.GetFromJsonAsync<JsonElement>("/api/say?a=CHN&b=RUS&words=10");
        var years = say.GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("similarity").ValueKind == JsonValueKind.Number);
        Assert.True(years > 40);

        // When the dashboard is opened on the pair
        var page = await chromium.OpenDashboard(server, "#a=CHN&b=RUS&from=1946");
        await page.WaitForSelectorAsync("#say svg circle");

        // Then the chart has one point per year both spoke
        Assert.Equal(years, await page.Locator("#say svg circle").CountAsync());

        // And China's first word opens sentences of China's speeches that use it
        var first = page.Locator("#say .say-words a").First;
        var word = (await first.TextContentAsync())!.Split(' ')[0];
        await first.ClickAsync();
        await page.WaitForSelectorAsync("#say-passages li");
        var sentence = await page.Locator("#say-passages li").First.TextContentAsync() ?? "";
        Assert.Contains(word[..Math.Min(5, word.Length)], sentence, StringComparison.OrdinalIgnoreCase);
    }
}
