using System.Net;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class AgreeApiTest(WebAppFixture app)
{
    [Fact]
    public async Task PairOverTheWholeRecord_GivesTheEngineFigures()
    {
        // Given the engine's own figure for China and Russia over every recorded General Assembly vote
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
        var counts = AllPairsAgreement.OnePair(matrix, Periods.Build(matrix, PeriodKind.All, d => AgreementConvention.All.Includes(d)), matrix.RowOf("CHN"), matrix.RowOf("RUS"))[0];
        var expected = AgreementScores.From(counts, 10);

        // When the API is asked
        var (status, json, _) = await app.CreateClient().Get("/api/agree?a=CHN&b=RUS&forum=ga&by=all");

        // Then it answers with the same n and measures
        Assert.Equal(HttpStatusCode.OK, status);
        var row = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Assert.Equal(counts.N, row.GetProperty("n").GetInt32());
        Assert.Equal(expected.Agreement!.Value, row.GetProperty("agreement").GetDouble(), 6);
        Assert.Equal(expected.Kappa!.Value, row.GetProperty("kappa").GetDouble(), 6);
        Assert.Equal("RUS", json.GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("CHN")]
    [InlineData("GBR")]
    [InlineData("AFG")]
    public async Task StateDeptConvention_GivesTheAllPairsCoincidence_OfEveryYear(string state)
    {
        // Given each year's US coincidence with the state from the all-pairs engine (what agree --all prints), under
        // the State Department's rule of that year
        using var db = ConcordDatabase.OpenReadOnly(app.DatabasePath);
        var matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
        var periods = Periods.Build(matrix, PeriodKind.Year, d => AgreementConvention.StateDept.Includes(d), 2017, 2023);
        var rules = AgreementConvention.StateDept.CoincidenceRules(matrix, periods);
        var (us, other) = (matrix.RowOf("USA"), matrix.RowOf(state));
        var expected = AllPairsAgreement.Compute(matrix, periods)
            .Where(r => (r.A, r.B) == (Math.Min(us, other), Math.Max(us, other)))
            .ToDictionary(r => periods[r.Period].Label, r => AgreementScores.From(r.Counts, 10, rules[r.Period]).Coincidence);

        // When the API is asked for the pair by year
        var (status, json, _) = await app.CreateClient().Get($"/api/agree?a=USA&b={state}&convention=statedept&metric=coincidence&from=2017&to=2023");

        // Then every year's coincidence is the engine's (2017 the classic rule, 2018-2023 each report's)
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[r.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)]!.Value, r.GetProperty("coincidence").GetDouble(), 6));
    }

    [Fact]
    public async Task ByYear_PeriodsAddUpToTheWhole_AndYearsPrintAsYears()
    {
        var client = app.CreateClient();
        var (_, years, _) = await client.Get("/api/agree?a=CHN&b=RUS&by=year&from=1992&to=2020");
        var (_, whole, _) = await client.Get("/api/agree?a=CHN&b=RUS&by=all&from=1992&to=2020");
        var rows = years.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(29, rows.Count);
        Assert.Equal(1992, rows[0].GetProperty("year").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, rows[0].GetProperty("year").ValueKind);
        Assert.Equal(whole.GetProperty("rows")[0].GetProperty("n").GetInt32(), rows.Sum(r => r.GetProperty("n").GetInt32()));
    }

    [Fact]
    public async Task Metric_ChoosesTheMeasuresReturned()
    {
        var (_, json, _) = await app.CreateClient().Get("/api/agree?a=USA&b=GBR&by=decade&metric=kappa");
        Assert.Equal(["kappa", "kappa_nominal"], json.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        var row = json.GetProperty("rows")[0];
        Assert.True(row.TryGetProperty("kappa_nominal", out _));
        Assert.False(row.TryGetProperty("agreement", out _));
        Assert.Equal(1940, row.GetProperty("decade").GetInt32());
    }

    [Fact]
    public async Task WithAGroup_ComparesWithItsMajority()
    {
        var (status, json, _) = await app.CreateClient().Get("/api/agree?a=GBR&with=EU&by=all&from=2000&to=2019");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("EU", json.GetProperty("b").GetString());
        Assert.True(json.GetProperty("rows")[0].GetProperty("n").GetInt32() > 100);
    }

    [Fact]
    public async Task AFrameWithASessionTheRecordLacksVotesOf_SaysWhich_AndOneWithoutSaysNothing()
    {
        // Given the record's control totals: the 80th session holds fewer resolutions adopted by recorded vote than the
        // UN Library counts, the 1990s none
        var client = app.CreateClient();

        // When agreement is asked from 2024, and for 1990-1999
        var (_, recent, _) = await client.Get("/api/agree?a=CHN&b=RUS&forum=ga&from=2024");
        var (_, nineties, _) = await client.Get("/api/agree?a=CHN&b=RUS&forum=ga&from=1990&to=1999");

        // Then the first names the 80th session's shortfall, the second has no gaps to name
        var gaps = recent.GetProperty("coverage_gaps").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains(gaps, g => g!.StartsWith("session 80 (", StringComparison.Ordinal));
        Assert.False(nineties.TryGetProperty("coverage_gaps", out var none) && none.ValueKind == System.Text.Json.JsonValueKind.Array && none.GetArrayLength() > 0);
    }
}
