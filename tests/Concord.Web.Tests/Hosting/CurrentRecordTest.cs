using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Concord.Questions;
using Concord.Store;
using Concord.Web;
using Concord.Web.Hosting;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Hosting;

/// <summary>A server that heals (issue 28): it follows its database file through a sync's replacement and a moment
/// without it, and a cold ideal-point fit holds none of the threads other requests need. Real Kestrel, on copies of the
/// real database in a folder of the test's own.</summary>
public sealed class CurrentRecordTest : IAsyncLifetime
{
    private const string Symbol = "A/RES/68/262";
    private const string RealTitle = "Territorial integrity of Ukraine";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concord-heal-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private HttpClient _client = null!;

    private string DatabasePath => Path.Combine(_folder, "concord.duckdb");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AfterTheFileIsReplaced_TheNextRequestsReadTheNewDatabase_WithoutRestart()
    {
        // Given a server on a copy of the real database, which has answered (and cached) a show
        await StartOn(Copy("concord.duckdb"));
        Assert.Equal(RealTitle, await Title());

        // When a sync moves a different database into its place
        var replacement = Copy("next.duckdb", $"UPDATE decisions SET title = 'Replaced by a sync' WHERE symbol = '{Symbol}'");
        File.Move(replacement, DatabasePath, overwrite: true);

        // Then the server answers from the new one, without a restart
        var watch = Stopwatch.StartNew();
        string? title;
        do
        {
            await Task.Delay(200);
            title = await Title();
        }
        while (title == RealTitle && watch.Elapsed < TimeSpan.FromSeconds(90));

        Assert.Equal("Replaced by a sync", title);
        Assert.Equal(2, Current.Number);
        var (status, _) = await GetJson("/api/states?q=Fra");
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task ARequestInFlightDuringTheSwap_CompletesOnTheOldRecord_WhichIsDisposedAfterIt()
    {
        // Given a server, a brief being written and a request holding the record (as every API request does)
        await StartOn(Copy("concord.duckdb"));
        var lease = Current.Acquire();
        var old = lease.Record;
        var brief = _client.GetAsync(new Uri("/api/brief?a=CHN&b=RUS&from=2000", UriKind.Relative));
        await Task.Delay(300);

        // When the file is replaced and the server swaps records
        File.Move(Copy("next.duckdb", $"UPDATE decisions SET title = 'Replaced by a sync' WHERE symbol = '{Symbol}'"), DatabasePath, overwrite: true);
        await Current.CheckNowAsync();

        // Then new requests read the new record, the ones in flight finish on the old one, still open
        Assert.Equal(2, Current.Number);
        Assert.Equal("Replaced by a sync", await Title());
        Assert.Equal(RealTitle, old.Read(db => DecisionTable.Find(db, Symbol)!.Decision.Title));
        using (var response = await brief)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        // And the old record is closed once the last request on it has ended. The brief's own lease is released when
        // its middleware returns, which can be a moment after the client has read the whole response.
        lease.Dispose();
        var closing = Stopwatch.StartNew();
        while (IsOpen(old) && closing.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        Assert.Throws<ObjectDisposedException>(() => old.Read(db => DecisionTable.Find(db, Symbol)));
    }

    [Fact]
    public async Task WhileTheFileIsMissing_Requests503_AndSucceedAgainWhenItIsBack()
    {
        // Given a server that has answered
        await StartOn(Copy("concord.duckdb"));
        Assert.Equal(RealTitle, await Title());

        // When the database is renamed away for a moment
        File.Move(DatabasePath, DatabasePath + ".away");
        await Current.CheckNowAsync();

        // Then requests are refused with 503, Retry-After and a reason (even ones cached before)
        using (var gone = await _client.GetAsync(new Uri($"/api/show?symbol={Uri.EscapeDataString(Symbol)}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
            Assert.True(gone.Headers.RetryAfter is not null);
            Assert.Contains("database is not there", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // And once it is back, they succeed again, without a restart
        File.Move(DatabasePath + ".away", DatabasePath);
        await Current.CheckNowAsync();
        Assert.Equal(RealTitle, await Title());
        var (status, _) = await GetJson("/api/status");
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task ACold_IdealPointFit_DoesNotStallOtherRequests()
    {
        // Given a database that holds no stored fit, so the first question about ideal points fits them (seconds)
        await StartOn(Copy("concord.duckdb", "DELETE FROM ideal_points"));

        // When 40 different ideal-point questions arrive at once
        var fits = Enumerable.Range(0, 40)
            .Select(i => _client.GetAsync(new Uri($"/api/ideal?states=USA&from={1960 + i}&to={1960 + i}", UriKind.Relative)))
            .ToList();
        await Task.Delay(200);

        // Then the state search is answered promptly meanwhile (no thread waits for the fit)
        var watch = Stopwatch.StartNew();
        var (status, states) = await GetJson("/api/states?q=Fra");
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(states.EnumerateArray(), s => s.GetProperty("code").GetString() == "FRA");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"/api/states took {watch.Elapsed.TotalMilliseconds:F0} ms while the fit ran");

        // And every ideal-point question is answered, from the one fit
        foreach (var fit in fits)
        {
            using var response = await fit;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static bool IsOpen(LoadedRecord record)
    {
        try
        {
            record.Read(db => DecisionTable.Find(db, Symbol));
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    private CurrentRecord Current => _app!.Services.GetRequiredService<CurrentRecord>();

    /// <summary>A copy of the real database in the test's folder, changed by <paramref name="sql"/> when given.</summary>
    private string Copy(string name, string? sql = null)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(RealDataDatabase.Instance.Path, path, overwrite: true);
        if (sql is not null)
        {
            using var connection = new DuckDBConnection("Data Source=" + path);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        return path;
    }

    private async Task StartOn(string path)
    {
        _app = ConcordServer.Create(
            ["--urls=http://127.0.0.1:0", "--environment=Production", "--Concord:RecordCheckSeconds=0.2"],
            _ => ConcordDatabase.OpenReadOnly(path));
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()), Timeout = TimeSpan.FromSeconds(120) };
    }

    private async Task<string?> Title()
    {
        var (status, json) = await GetJson($"/api/show?symbol={Uri.EscapeDataString(Symbol)}");
        Assert.Equal(HttpStatusCode.OK, status);
        return json.GetProperty("decision_title").GetString();
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetJson(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }
}
