using System.Net;
using Concord.Forums;
using Concord.Store;

namespace Concord.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class ForumApiTest(WebAppFixture app)
{
    [Fact]
    public async Task Events_ChinaRussiaExercisesByYear_AreWhatTheForumRecordGives()
    {
        // Given the forum record as the CLI reads it
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var record = ForumStore.Load(db);
        int Expected(int year) => record.Events.Count(e => e.DuplicateOf is null && e.Kind == EventKind.Exercise && e.Involves(["CHN", "RUS"]) && e.Start.Year == year);

        // When the API is asked for the yearly series
        var (status, json, _) = await app.CreateClient().Get("/api/events?between=CHN,RUS&type=exercise&by=year&from=2003&to=2025");

        // Then every year of the range is a row, with the record's count
        Assert.Equal(HttpStatusCode.OK, status);
        var years = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(2003, 23), years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.All(years, y => Assert.Equal(Expected(y.GetProperty("year").GetInt32()), y.GetProperty("events").GetInt32()));
        Assert.Equal(years.Sum(y => y.GetProperty("events").GetInt32()), json.GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task Events_Listed_EachRowCarriesItsSource()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/events?between=CHN,RUS&type=exercise");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("events").GetInt32(), rows.Count);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("source").GetString())));
        Assert.All(rows, r => Assert.Equal("exercise", r.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task EventsByYear_WithoutARange_RunsOverTheEventsRecord_WhateverMatches()
    {
        // Given the first and last year of the events record as a whole
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var events = ForumStore.Load(db).Events;
        var (first, last) = (events.Min(e => e.Start.Year), events.Max(e => e.Start.Year));

        // When two different series are asked for without from/to
        var client = app.CreateClient();
        var (_, exercises, _) = await client.Get("/api/events?between=CHN,RUS&type=exercise&by=year");
        var (_, treaties, _) = await client.Get("/api/events?between=CHN,RUS&type=treaty&by=year");

        // Then both run over the same years, the record's, zeros included at either end (the API used to trim them)
        List<int> Years(System.Text.Json.JsonElement j) => [.. j.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("year").GetInt32())];
        Assert.Equal(Enumerable.Range(first, last - first + 1), Years(exercises));
        Assert.Equal(Years(exercises), Years(treaties));
        Assert.Equal(first, exercises.GetProperty("first_year").GetInt32());
        Assert.Equal(last, exercises.GetProperty("last_year").GetInt32());
    }

    [Fact]
    public async Task Events_UsAndUk_ListTheDatasetRows_AndStateTheCoverage()
    {
        // Given the forum record as the CLI reads it
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var record = ForumStore.Load(db);
        var expected = record.Events.Count(e => e.DuplicateOf is null && e.Involves(["USA", "GBR"]) && e.Origin.IsDataset);

        // When the API is asked for the events of the United States and the United Kingdom
        var (status, json, _) = await app.CreateClient().Get("/api/events?between=USA,GBR");

        // Then it lists the dataset rows, and states the coverage in the words of `concord events`
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(expected > 0);
        var origins = json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("origin").GetString()!).ToList();
        Assert.Equal(expected, origins.Count(o => ExerciseDataset.All.Any(d => o.StartsWith(d.Label + " ", StringComparison.Ordinal))));
        Assert.Equal(ExerciseCoverage.Describe(ExerciseCoverage.Of(record.Events), ["USA", "GBR"]), json.GetProperty("coverage").GetString());
    }

    [Fact]
    public async Task Events_UnknownType_IsABadRequest()
    {
        var (status, _, _) = await app.CreateClient().Get("/api/events?between=CHN,RUS&type=parade");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Ideal_UnitedStatesIsPositive_AndEachPointLiesInItsInterval()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/ideal?states=USA,RUS&from=1995&to=2005");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(22, rows.Count);
        Assert.All(rows.Where(r => r.GetProperty("state").GetString() == "USA"), r => Assert.True(r.GetProperty("position").GetDouble() > 0));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("position").GetDouble(), r.GetProperty("lower").GetDouble(), r.GetProperty("upper").GetDouble()));

        // The scale does not pass Concord's positions off as BSV's
        Assert.Contains("aligned to the Bailey–Strezhnev–Voeten scale", json.GetProperty("scale").GetString(), StringComparison.Ordinal);
        Assert.Contains("not BSV's published values", json.GetProperty("scale").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_OfTheSco_OnTheDayBelarusJoined_AreTheTenTheRecordGives()
    {
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var expected = ForumStore.Load(db).On("SCO", new DateOnly(2024, 7, 4)).Where(m => m.Role == MembershipRole.Member).Select(m => m.State).Order(StringComparer.Ordinal).ToList();

        var (status, json, _) = await app.CreateClient().Get("/api/members?forum=SCO&on=2024-07-04");

        Assert.Equal(HttpStatusCode.OK, status);
        var members = json.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("role").GetString() == "member").Select(r => r.GetProperty("state").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(10, members.Count);
        Assert.Equal(expected, members);
        Assert.Contains("BLR", members);
    }

    [Fact]
    public async Task Agree_WithTheSco_ComparesWithTheMembersMajority_AsTheCliDoes()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/agree?a=CHN&with=SCO&by=all");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SCO", json.GetProperty("b").GetString());
        Assert.True(json.GetProperty("rows")[0].GetProperty("n").GetInt32() > 100);
    }
}
