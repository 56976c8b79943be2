using System.Diagnostics;
using System.Net;
using Concord.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Api;

/// <summary>Briefs are kept once written, rendered one at a time, and do not hold up the other endpoints.</summary>
[Collection(WebAppCollection.Name)]
public sealed class BriefIsolationTest(WebAppFixture app)
{
    [Fact]
    public async Task Brief_TheSecondTime_IsTheKeptOne()
    {
        // Given one brief requested (written once)
        var client = app.CreateClient();
        var first = await client.GetByteArrayAsync(new Uri("/api/brief?a=CHN&b=IND&from=2010", UriKind.Relative));

        // When it is asked again, bypassing the output cache with another spelling of the same question
        var clock = Stopwatch.StartNew();
        var second = await client.GetByteArrayAsync(new Uri("/api/brief?b=IND&a=CHN&from=2010", UriKind.Relative));

        // Then the same bytes come back, from the kept briefs
        Assert.Equal(first, second);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
        Assert.True(app.Services.GetRequiredService<BriefRenderer>().Cached >= 1);
    }

    [Fact]
    public async Task ShowAndStatus_WhileBriefsAreWritten_AnswerWithoutWaitingForThem()
    {
        // Given several different briefs requested at once (each a new render)
        var client = app.CreateClient();
        var briefs = new[] { "DEU", "FRA", "BRA", "ZAF", "JPN", "MEX" }
            .Select(s => client.GetAsync(new Uri($"/api/brief?a={s}&b=RUS&from=2005", UriKind.Relative))).ToList();
        await Task.Delay(200);

        // When the endpoints that query the database are asked meanwhile
        var clock = Stopwatch.StartNew();
        var show = await client.GetAsync(new Uri("/api/show?symbol=S/2019/186", UriKind.Relative));
        var status = await client.GetAsync(new Uri("/api/status", UriKind.Relative));
        var elapsed = clock.Elapsed;
        var done = await Task.WhenAll(briefs);

        // Then they answer on their own connection without queueing behind the briefs, and every brief is either
        // written or refused with 503 and Retry-After (never a 500, never an unbounded queue)
        Assert.Equal(HttpStatusCode.OK, show.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"show and status took {elapsed} while briefs were written");
        Assert.All(done, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        Assert.All(done.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable), r => Assert.NotNull(r.Headers.RetryAfter));
        Assert.Contains(done, r => r.StatusCode == HttpStatusCode.OK);
    }
}
