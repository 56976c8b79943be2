using System.Text.Json;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary>The Assembly's sponsor lists as <c>show</c> and <c>data check --sponsors</c> print them from the real record.</summary>
public sealed class SponsorshipCommandsTest
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.OnRealData(args);

    private static T Read<T>(Func<ConcordDatabase, T> query)
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return query(db);
    }

    [Fact]
    public void Show_ACoveredResolution_ListsTheDraftingStatesAndStatesTheCoverage()
    {
        // Given the session-79 "No first placement of weapons in outer space" resolution and its stored sponsors
        var rows = Read(db => SponsorshipTable.OfDecision(db, DecisionTable.Find(db, "A/RES/79/20")!.Decision.Id));
        var drafters = rows.Where(r => r is { Kind: "sponsor", Class: "state", OnBehalfOf: null }).Select(r => r.State!).Distinct().ToList();
        Assert.Contains("RUS", drafters);

        // When it is shown as JSON
        var (code, output, _) = Run("show", "A/RES/79/20", "--format", "json");

        // Then the sponsors fact is the drafting states in list order, and the sponsor lists' source says the coverage
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(drafters, json.RootElement.GetProperty("sponsors").EnumerateArray().Select(s => s.GetString()!));
        var lists = json.RootElement.GetProperty("sponsor_lists").GetString()!;
        Assert.Contains("ga/unxml_ga_data_extract/79.json:", lists, StringComparison.Ordinal);
        Assert.Contains($"coverage: {Read(SponsorshipTable.Coverage).Describe()}", lists, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_AnAssemblyResolutionBeforeSession74_SaysItsSponsorsAreNotOnRecord()
    {
        // Given a 2014 resolution, before the sponsor lists begin
        // When it is shown
        var (code, output, _) = Run("show", "A/RES/68/262", "--format", "json");

        // Then its sponsors are not on record, which is not "no sponsors", and the coverage is said
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("sponsors_on_record").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sponsors").ValueKind);
        Assert.Equal($"not on record (the sponsor lists cover {Read(SponsorshipTable.Coverage).Describe()})", json.RootElement.GetProperty("sponsor_lists").GetString());
    }

    [Fact]
    public void Show_ACouncilDecision_HasNoSponsorFacts()
    {
        // Given a Council draft (the sponsor record is the Assembly's)
        // When it is shown
        var (code, output, _) = Run("show", "S/RES/2448(2018)", "--format", "json");

        // Then nothing is said about Assembly sponsor lists (the keys are there, null, as for every decision)
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sponsors").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sponsor_lists").ValueKind);
    }

    [Fact]
    public void DataCheckSponsors_ListsEveryUnmappedNameWithFileLineAndField()
    {
        // Given the unmapped names of the record
        var expected = Read(db => SponsorshipTable.UnmappedNames(db, null, 100_000));
        Assert.NotEmpty(expected);

        // When data check --sponsors lists them as CSV
        var (code, output, err) = Run("data", "check", "--sponsors", "--format", "csv", "--limit", "100000");

        // Then each is a row with its symbol, place, field and name, and the note says how names map
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("symbol,date,where,field,name,entry", lines[0]);
        Assert.Equal(expected.Count, lines.Length - 1);
        foreach (var x in expected)
        {
            Assert.Contains(lines, l => l.StartsWith($"{x.Symbol},{x.Date:yyyy-MM-dd},{x.File}:{x.Line},{x.Field},", StringComparison.Ordinal));
        }

        Assert.Contains("mapped to states", err, StringComparison.Ordinal);
    }

    [Fact]
    public void DataCheckSponsors_Table_StatesTheCoverageAndACountPerClass()
    {
        // Given the record, When data check --sponsors prints its table
        var (code, output, _) = Run("data", "check", "--sponsors", "--limit", "1");

        // Then the coverage and the count of each class of sponsor come first
        Assert.Equal(0, code);
        Assert.Contains($"coverage:  {Read(SponsorshipTable.Coverage).Describe()}", output, StringComparison.Ordinal);
        Assert.Contains("organ:", output, StringComparison.Ordinal);
        Assert.Contains("unmapped:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DataCheck_Default_PointsToTheUnmappedSponsorNames()
    {
        // Given a record with unmapped sponsor names
        var unmapped = Read(SponsorshipTable.Summarise).Where(c => c.Class == "unmapped").Sum(c => c.Rows);
        Assert.True(unmapped > 0);

        // When the disagreements are listed
        var (code, output, _) = Run("data", "check", "--limit", "1");

        // Then a note says how many names were not mapped and where they are listed
        Assert.Equal(0, code);
        Assert.Contains($"{unmapped:N0} name(s) in the Assembly's sponsor lists could not be mapped to a state: concord data check --sponsors", output, StringComparison.Ordinal);
    }
}
