using Concord.Sources;
using Concord.Sponsorships;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sponsorships;

/// <summary>Sponsor lists through the whole sync: read, matched to their decision, stored, read back.</summary>
public sealed class SponsorshipRecordTest : IDisposable
{
    private const string File78 = DgacmReader.GaFolder + "/78.json";

    // Line 1: the first upload of A/RES/78/21, no additional sponsors yet. Line 2: a text the President submitted.
    // Line 3: the second upload of A/RES/78/21, with the additional sponsors (one misspelt). Line 4: empty lists.
    private static readonly string s_lines = string.Join("\n",
        Record("A/RES/78/21", """["RUSSIAN FEDERATION", "CHINA"]""", "[]"),
        Record("A/RES/78/1", """["SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY"]""", "[]"),
        Record("A/RES/78/21", """["RUSSIAN FEDERATION", "CHINA"]""", """["BELARUS", "GE RMANY"]"""),
        Record("A/RES/78/30", "[]", "[]")) + "\n";

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _output = new();
    private readonly string _db;

    public SponsorshipRecordTest()
    {
        _data.Write(File78, s_lines);
        _db = _output.Combine("concord.duckdb");
        RecordBuilder.Build(_data.Path, _db);
    }

    private static string Record(string symbol, string sponsors, string additional) =>
        $$"""{"symbol": "{{symbol}}", "title": "Fixture", "adoption_date": "4 December 2023", "adoption_type": "Without a vote", "MS_in_favour": [], "MS_against": [], "MS_abstaining": [], "sponsors": {{sponsors}}, "additional_sponsors": {{additional}}}""";

    private T Read<T>(Func<ConcordDatabase, T> query)
    {
        using var db = ConcordDatabase.OpenReadOnly(_db);
        return query(db);
    }

    private static int IdOf(ConcordDatabase db, string symbol) => DecisionTable.Find(db, symbol)!.Decision.Id;

    [Fact]
    public void Sync_AResolutionUploadedTwice_TakesTheFullestCopyAndNeverDoublesASponsor()
    {
        // Given two uploads of A/RES/78/21, the second with the additional sponsors
        // When the record is built (by the constructor) and the resolution's sponsors read back
        var rows = Read(db => SponsorshipTable.OfDecision(db, IdOf(db, "A/RES/78/21")));

        // Then each sponsor is there once, from the fuller copy's line, states first and the misspelt name last
        Assert.Equal(["sponsor RUS", "sponsor CHN", "additional BLR", "additional GE RMANY"], rows.Select(r => $"{r.Kind} {r.State ?? r.Name}"));
        Assert.All(rows, r => Assert.Equal((File78, 3L, "dgacm-ga"), (r.File, r.Line, r.Source)));
        Assert.Equal("unmapped", rows[^1].Class);
    }

    [Fact]
    public void DataCheck_AMisspeltName_IsReportedWithFileLineAndField()
    {
        // Given the misspelt "GE RMANY" among the additional sponsors on line 3
        // When the unmapped names are listed
        var bad = Assert.Single(Read(db => SponsorshipTable.UnmappedNames(db, null, 100)));

        // Then it is reported where it is, as written
        Assert.Equal(("A/RES/78/21", File78, 3L, "additional_sponsors", "GE RMANY"), (bad.Symbol, bad.File, bad.Line, bad.Field, bad.Name));
    }

    [Fact]
    public void Sets_EveryCoveredDecision_IsListedWithItsSponsoringStates()
    {
        // Given three resolutions: one sponsored by states, one by the President, one with empty lists
        // When the sponsor sets are read, of both lists and of the drafters only
        var both = Read(db => SponsorshipTable.Sets(db)).ToDictionary(s => s.Symbol!);
        var drafters = Read(db => SponsorshipTable.Sets(db, SponsorKind.Sponsor)).ToDictionary(s => s.Symbol!);

        // Then every covered resolution is there (the empty one too, with no state), states in code order
        Assert.Equal(["A/RES/78/1", "A/RES/78/21", "A/RES/78/30"], both.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["BLR", "CHN", "RUS"], both["A/RES/78/21"].States);
        Assert.Equal(["CHN", "RUS"], drafters["A/RES/78/21"].States);
        Assert.True(both["A/RES/78/21"].NonState);
        Assert.Empty(both["A/RES/78/1"].States);
        Assert.True(both["A/RES/78/1"].NonState);
        Assert.Empty(both["A/RES/78/30"].States);
        Assert.False(both["A/RES/78/30"].NonState);
    }

    [Fact]
    public void Coverage_IsTheSessionsOfTheCoveredResolutions()
    {
        // Given a session-78 file only
        // When the coverage is read
        var coverage = Read(SponsorshipTable.Coverage);

        // Then it is session 78: three resolutions, one of them with a state among its sponsors
        Assert.Equal(["78"], coverage.Sessions);
        Assert.Equal((3L, 1L), (coverage.Decisions, coverage.WithStateSponsor));
        Assert.Equal("General Assembly sessions 78", coverage.Describe());
    }

    [Fact]
    public void Sync_RunAgain_WritesTheSameSponsorships()
    {
        // Given the record built once
        var first = Read(SponsorshipTable.Summarise);

        // When the sync runs again over the same database
        RecordBuilder.Build(_data.Path, _db);

        // Then the same rows are there, none twice
        var second = Read(SponsorshipTable.Summarise);
        Assert.Equal(first, second);
        Assert.Equal(5, second.Sum(c => c.Rows));
    }

    [Fact]
    public void ForShow_ATextThePresidentSubmitted_IsCoveredWithANonStateSponsor()
    {
        // Given a resolution with sponsor lists
        // When show reads it
        var shown = Read(db => SponsorshipTable.ForShow(db, IdOf(db, "A/RES/78/1")));

        // Then it is covered, the organ is a non-state sponsor, and the coverage is stated
        Assert.True(shown.Covered);
        Assert.Empty(shown.States);
        Assert.Equal("SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY", Assert.Single(shown.NonState).Name);
        Assert.Equal("General Assembly sessions 78", shown.Coverage);
        Assert.False(Read(db => SponsorshipTable.IsCovered(db, 999_999)));
    }

    public void Dispose()
    {
        _output.Dispose();
        _data.Dispose();
    }
}
