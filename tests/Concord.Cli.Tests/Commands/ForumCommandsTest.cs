using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Concord.Cli;
using Concord.Forums;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary><c>members</c>, <c>events</c>, <c>declarations</c> and <c>agree --with SCO</c> as a user runs them, on the real record.</summary>
public sealed class ForumCommandsTest
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.OnRealData(args);

    private static List<string[]> Csv(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))];

    [Fact]
    public void EventsByYear_ChinaRussiaExercisesFromCuratedRows_2003To2025()
    {
        var (code, output, err) = Run("events", "--between", "CHN,RUS", "--type", "exercise", "--by", "year", "--from", "2003", "--to", "2025", "--source", "curated", "--format", "csv");

        Assert.True(code == 0, err);
        var rows = Csv(output);
        Assert.Equal(Enumerable.Range(2003, 23), rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)));
        var expected = CuratedFiles.ChinaRussiaExercisesByYear();
        Assert.All(rows, r => Assert.Equal(expected.GetValueOrDefault(int.Parse(r[0], CultureInfo.InvariantCulture)), int.Parse(r[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void EventsByYear_WithDatasets_AddsExercisesTheCuratedRowsLack()
    {
        var (code, output, _) = Run("events", "--between", "CHN,RUS", "--type", "exercise", "--by", "year", "--from", "2003", "--to", "2025", "--format", "csv");

        Assert.Equal(0, code);
        var rows = Csv(output).ToDictionary(r => int.Parse(r[0], CultureInfo.InvariantCulture), r => (Events: int.Parse(r[1], CultureInfo.InvariantCulture), Curated: int.Parse(r[2], CultureInfo.InvariantCulture)));
        var curated = CuratedFiles.ChinaRussiaExercisesByYear();
        Assert.All(rows, r => Assert.Equal(curated.GetValueOrDefault(r.Key), r.Value.Curated));
        Assert.All(rows, r => Assert.True(r.Value.Events >= r.Value.Curated));

        // Peace Mission 2007 comes from MME only.
        Assert.True(rows[2007].Events > curated.GetValueOrDefault(2007));
    }

    [Fact]
    public void EventsByYear_UsAndUk_CountsTheDatasetRows_AndNamesTheDatasetsThatCoverThem()
    {
        // Given the record as stored
        List<BilateralEvent> record;
        using (var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path))
        {
            record = [.. ForumStore.Load(db).Events];
        }

        // When the US-UK events are counted by year
        var (code, output, err) = Run("events", "--between", "USA,GBR", "--by", "year", "--format", "csv");

        // Then the dataset rows that match nothing recorded are counted, each in its year
        Assert.True(code == 0, err);
        var datasets = Csv(output).ToDictionary(r => int.Parse(r[0], CultureInfo.InvariantCulture), r => int.Parse(r[3], CultureInfo.InvariantCulture));
        var expected = record.Where(e => e.Origin.IsDataset && e.DuplicateOf is null && e.Involves(["USA", "GBR"])).GroupBy(e => e.Start.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.NotEmpty(expected);
        Assert.All(datasets, r => Assert.Equal(expected.GetValueOrDefault(r.Key), r.Value));
        Assert.Equal(expected.Values.Sum(), datasets.Values.Sum());

        // And the note says which datasets cover the pair, in the wording the API uses
        Assert.Contains("note: " + ExerciseCoverage.Describe(ExerciseCoverage.Of(record), ["USA", "GBR"]), err, StringComparison.Ordinal);
        Assert.Contains("the Russia list covers 2009–2018 but only exercises in which RUS took part", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_WithDuplicates_ShowsTheDatasetRowsMatchedToACuratedExercise()
    {
        var (code, output, _) = Run("events", "--between", "CHN,RUS", "--type", "exercise", "--from", "2005", "--to", "2005", "--with-duplicates", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var curated = Assert.Single(rows, r => r.GetProperty("duplicate_of").ValueKind == JsonValueKind.Null);
        Assert.Equal("Peace Mission 2005", curated.GetProperty("name").GetString());
        var matched = rows.Where(r => r.GetProperty("duplicate_of").ValueKind != JsonValueKind.Null).ToList();
        Assert.NotEmpty(matched);
        Assert.All(matched, r => Assert.Equal("ex-2005-peace-mission", r.GetProperty("duplicate_of").GetString()));
    }

    [Fact]
    public void MembersSco_OnTheAstanaSummitDay_TenMembers()
    {
        var (code, output, _) = Run("members", "SCO", "--on", "2024-07-04", "--members-only", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"], Csv(output).Select(r => r[0]).Order());
    }

    [Fact]
    public void MembersSc_StillListsTheCouncilByYear()
    {
        var (code, output, _) = Run("members", "sc", "--year", "2019", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal(15, Csv(output).Count);
    }

    [Fact]
    public void Members_UnknownForum_NamesTheKnownOnes()
    {
        var (code, _, err) = Run("members", "NATO");
        Assert.Equal(2, code);
        Assert.Contains("Unknown forum 'NATO'", err, StringComparison.Ordinal);
        Assert.Contains("SCO", err, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclarationsSco_India_NeverJoinedTheBeltAndRoadParagraph()
    {
        var (code, output, _) = Run("declarations", "SCO", "--state", "IND", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal("2018-06-10", rows[0].GetProperty("date").GetString());
        Assert.All(rows, r => Assert.Equal("dissented", r.GetProperty("position").GetString()));
        Assert.All(rows, r => Assert.Equal("bri", r.GetProperty("paragraph").GetString()));
    }

    [Fact]
    public void AgreeWithSco_ComparesWithTheMembersMajority()
    {
        var (code, output, err) = Run("agree", "CHN", "--with", "SCO", "--from", "2018", "--to", "2019", "--metric", "agree", "--format", "json");

        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r.GetProperty("n").GetInt32() > 50));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("agreement").GetDouble(), 0.5, 1.0));
    }

    [Fact]
    public void SyncWithABadEventsFile_IsRefusedAndLeavesTheDatabaseAsItWas()
    {
        // Given a copy of the real database and a user folder whose events file names an unknown state
        var work = Path.Combine(Path.GetTempPath(), $"concord-forums-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var db = Path.Combine(work, "concord.duckdb");
            File.Copy(RealDataDatabase.Instance.Path, db);
            var before = SHA256.HashData(File.ReadAllBytes(db));
            var events = Path.Combine(work, "events");
            Directory.CreateDirectory(events);
            File.WriteAllText(Path.Combine(events, "events.csv"),
                "id,kind,name,series,start,end,participants,place,note,source_publisher,source_title,source_date,source_url\n" +
                "u-1,meeting,A meeting,,2020-01-10,,CHN RUS,,,Publisher,Title,2020-01-11,\n" +
                "u-2,meeting,Another,,2020-02-10,,CHN Narnia,,,Publisher,Title,2020-02-11,\n");
            var stderr = new StringWriter();

            // When the user syncs with it
            var code = ConcordApp.Run(["--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync", "--events", events], new StringWriter(), stderr);

            // Then the sync is refused naming file, line and field, and the database is unchanged
            Assert.Equal(2, code);
            Assert.Contains("events.csv, line 3, field 'participants': unknown state 'Narnia'", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
