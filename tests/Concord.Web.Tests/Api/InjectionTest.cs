using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Api;

/// <summary>Hostile strings in every parameter of every endpoint: refused or answered safely, and the database never changes.</summary>
[Collection(WebAppCollection.Name)]
public sealed class InjectionTest(WebAppFixture app)
{
    private static readonly string[] s_hostile =
    [
        "' OR 1=1 --",
        "; DROP TABLE votes",
        "CHN'); DELETE FROM decisions; --",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://x\")",
        "../../etc/passwd",
        "%00",
        new string('A', 5000),
    ];

    /// <summary>A valid request for every endpoint, each parameter of which gets replaced by a hostile string in turn.</summary>
    private static readonly string[] s_valid =
    [
        "/api/states?q=chi&limit=5",
        "/api/agree?a=CHN&b=RUS&forum=ga&from=2000&to=2010&by=year&metric=all&convention=all&min-n=10&issue=human_rights&no-predecessors=false&format=json",
        "/api/agree?a=GBR&with=EU",
        "/api/similar?a=RUS&year=2014&top=5&forum=ga&metric=agree&convention=all&min-n=10&issue=human_rights&no-predecessors=false&format=json",
        "/api/similar?a=RUS&from=2010&to=2012",
        "/api/diverge?a=CHN&b=RUS&forum=ga&issue=human_rights&from=2000&to=2010&top=5&format=json",
        "/api/show?symbol=A/RES/68/262&format=json",
        "/api/vetoes?by=CHN,RUS&joint=true&from=2000&to=2020&topic=Syria&no-predecessors=false&format=json",
        "/api/sc?a=CHN&b=RUS&from=2000&to=2020&by=period&list=joint-veto&no-predecessors=false&format=json",
        "/api/members?forum=sc&year=2019&format=json",
        "/api/brief?a=CHN&b=RUS&from=2001&to=2012&reference=USA",
        "/api/events?between=CHN,RUS&type=exercise&by=year&from=2003&to=2025&format=json",
        "/api/ideal?states=CHN,RUS,USA&from=2000&to=2010&format=json",
        "/api/members?forum=SCO&on=2024-07-04&members-only=true&format=json",
        "/api/events?between=CHN,RUS&source=curated&with-duplicates=true&format=json",
        "/api/ideal?from=2000&to=2010&compare-reference=true",
        "/api/declarations?forum=SCO&state=IND&format=json",
        "/api/issues?format=json",
    ];

    public static TheoryData<string> ValidRequests() => new(s_valid);

    [Theory]
    [MemberData(nameof(ValidRequests))]
    public async Task HostileValue_InEachParameter_IsRefusedOrSafe(string url)
    {
        var client = app.CreateClient();
        // The first /api/ideal fits the ideal points (seconds in Release, minutes in a Debug build on a busy machine).
        client.Timeout = TimeSpan.FromMinutes(5);
        var before = Fingerprint();
        var (path, query) = Split(url);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        foreach (var key in query.Keys)
        {
            foreach (var bad in s_hostile)
            {
                var changed = new Dictionary<string, string>(query) { [key] = bad };
                var response = await client.GetAsync(new Uri(path + "?" + string.Join("&", changed.Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value))), UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                // Free text (a search, a topic) may match nothing and still be a fine answer; everything else is refused.
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK or HttpStatusCode.NotFound, $"{key}={bad[..Math.Min(30, bad.Length)]}: {response.StatusCode}");
                Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Assert.True(key is "q" or "topic" or "symbol", $"{key} accepted '{bad[..Math.Min(30, bad.Length)]}'");
                }
            }
        }

        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public async Task FreeTextSearch_WithSqlOrScript_MatchesNothing()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/states?q=" + Uri.EscapeDataString("' OR 1=1 --"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, json.GetArrayLength());
        var (topicStatus, topic, _) = await app.CreateClient().Get("/api/vetoes?topic=" + Uri.EscapeDataString("' OR 1=1 --"));
        Assert.Equal(HttpStatusCode.OK, topicStatus);
        Assert.Equal(0, topic.GetProperty("vetoes").GetInt32());
    }

    [Fact]
    public void TheServer_OpensTheDatabaseReadOnly()
    {
        // Through the app's own service: a write on its connection must fail.
        using var lease = app.Services.GetRequiredService<Concord.Web.Hosting.CurrentRecord>().Acquire();
        var ex = Assert.ThrowsAny<Exception>(() => lease.Record.Read(db =>
        {
            var command = typeof(Concord.Store.ConcordDatabase).GetMethod("Command", BindingFlags.NonPublic | BindingFlags.Instance)!;
            using var cmd = (System.Data.Common.DbCommand)command.Invoke(db, ["CREATE TABLE intruder (x INTEGER)", Array.Empty<object?>()])!;
            return cmd.ExecuteNonQuery();
        }));
        Assert.Contains("read-only", ex.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private string Fingerprint()
    {
        using var stream = new FileStream(app.DatabasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static (string Path, Dictionary<string, string> Query) Split(string url)
    {
        var i = url.IndexOf('?', StringComparison.Ordinal);
        var query = url[(i + 1)..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return (url[..i], query);
    }
}
