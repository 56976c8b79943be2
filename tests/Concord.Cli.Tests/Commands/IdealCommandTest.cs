using System.Globalization;
using Concord.Analysis.IdealPoints;
using Concord.Cli;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary><c>concord ideal</c> and <c>agree --ideal</c> on a copy of the real-data database (the sync stored its fit in
/// the <c>ideal_points</c> table; <c>--refit</c> keeps a new fit in the file beside the database).</summary>
public sealed class IdealCommandTest : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"concord-ideal-{Guid.NewGuid():N}.duckdb");

    public IdealCommandTest() => File.Copy(RealDataDatabase.Instance.Path, _db);

    public void Dispose()
    {
        File.Delete(_db);
        File.Delete(_db + ".wal");
        File.Delete(IdealPointCache.PathFor(_db));
    }

    [Fact]
    public void Ideal_ReadsTheSyncsFit_AndAgreeShowsTheDistance()
    {
        var (code, first, err) = Run("ideal", "--states", "USA,CHN", "--from", "2015", "--to", "2019", "--format", "csv");
        Assert.True(code == 0, err);
        var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("state,year,position,lower,upper,votes", lines[0]);
        Assert.Equal(10, lines.Length - 1);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.True(double.Parse(r[3], CultureInfo.InvariantCulture) < double.Parse(r[2], CultureInfo.InvariantCulture)));
        Assert.All(rows.Where(r => r[0] == "USA"), r => Assert.True(double.Parse(r[2], CultureInfo.InvariantCulture) > 1));
        Assert.All(rows.Where(r => r[0] == "CHN"), r => Assert.True(double.Parse(r[2], CultureInfo.InvariantCulture) < 0));
        Assert.DoesNotContain("could not write", err);

        // The fit is the sync's, in the ideal_points table under the model it was made with (nothing was fitted or written
        // beside the database), and the second run reads it: the same numbers, to the last digit, and the same model line.
        Assert.False(File.Exists(IdealPointCache.PathFor(_db)));
        using (var db = ConcordDatabase.OpenReadOnly(_db))
        {
            var stored = IdealPointTable.Read(db, IdealPointFitter.ModelDescription(IdealPointOptions.Default));
            Assert.NotNull(stored);
            Assert.Null(stored.Iterations);
            Assert.Contains("scale: aligned to Bailey-Strezhnev-Voeten's", stored.Model);
            Assert.Null(IdealPointTable.Read(db, IdealPointFitter.ModelDescription(IdealPointOptions.Default with { WalkSd = 0.3 })));
        }

        var (_, second, _) = Run("ideal", "--states", "USA,CHN", "--from", "2015", "--to", "2019", "--format", "csv");
        Assert.Equal(first, second);

        var (agreeCode, agree, agreeErr) = Run("agree", "CHN", "USA", "--from", "2015", "--to", "2019", "--ideal", "--format", "csv");
        Assert.True(agreeCode == 0, agreeErr);
        var table = agree.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",ideal_distance", table[0], StringComparison.Ordinal);
        var usa2019 = rows.Single(r => r[0] == "USA" && r[1] == "2019");
        var chn2019 = rows.Single(r => r[0] == "CHN" && r[1] == "2019");
        var expected = double.Parse(usa2019[2], CultureInfo.InvariantCulture) - double.Parse(chn2019[2], CultureInfo.InvariantCulture);
        var distance2019 = double.Parse(table.Single(l => l.StartsWith("2019,", StringComparison.Ordinal)).Split(',')[^1], CultureInfo.InvariantCulture);
        // Each printed figure is rounded to six places, so the difference of two may differ from the printed distance by 1.5e-6.
        Assert.InRange(Math.Abs(expected - distance2019), 0, 1.5e-6);
    }

    [Fact]
    public void Refit_FitsAgain_AndCachesTheNewFit_WhichTheNextRunReads()
    {
        // Given the sync's fit, read by a first run
        var (code, first, err) = Run("ideal", "--states", "USA", "--from", "2019", "--to", "2019", "--format", "json");
        Assert.True(code == 0, err);
        string FittedAt(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!["fitted_at_utc"]!.GetValue<string>();

        // When the command line fits again, and then reads without --refit
        Thread.Sleep(1100);
        var (refitCode, refitted, refitErr) = Run("ideal", "--states", "USA", "--from", "2019", "--to", "2019", "--refit", "--format", "json");
        var (_, after, _) = Run("ideal", "--states", "USA", "--from", "2019", "--to", "2019", "--format", "json");

        // Then the new fit is the one answered and kept (fitted later, to the second), and the positions are the same fit's
        Assert.True(refitCode == 0, refitErr);
        Assert.True(string.CompareOrdinal(FittedAt(refitted), FittedAt(first)) > 0, $"{FittedAt(refitted)} after {FittedAt(first)}");
        Assert.Equal(FittedAt(refitted), FittedAt(after));
        Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(first)!["rows"]!.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(after)!["rows"]!.ToJsonString());
    }

    [Fact]
    public void Ideal_NeverWritesTheDatabase()
    {
        // Given the database and its hash
        var before = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_db)));

        // When ideal points are fitted, and a brief's ideal points read
        var (code, _, err) = Run("ideal", "--states", "USA", "--from", "2019", "--to", "2019", "--format", "csv");

        // Then the database is byte for byte the same, and nothing was written beside it (the sync's fit was read)
        Assert.True(code == 0, err);
        Assert.Equal(before, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_db))));
        Assert.False(File.Exists(IdealPointCache.PathFor(_db)));
        Assert.False(File.Exists(_db + ".wal"));
    }

    [Fact]
    public async Task FiveConcurrentQueries_WhileTheIdealPointsAreFitted_NeverFailOnALock()
    {
        // Given five processes started at once: three reading ideal points, two other queries reading the database meanwhile
        string[][] commands =
        [
            ["ideal", "--states", "USA", "--from", "2019", "--to", "2019"], ["ideal", "--states", "CHN", "--from", "2019", "--to", "2019"],
            ["ideal", "--states", "RUS", "--from", "2019", "--to", "2019"], ["agree", "CHN", "RUS", "--from", "2015"], ["data", "status"],
        ];

        // When they run side by side
        var runs = commands.Select(c => Task.Run(async () =>
        {
            using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(ConcordApp).Assembly.Location, "--db", _db, .. c])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            return (Command: string.Join(' ', c), p.ExitCode, Error: error, Output: await output);
        })).ToList();
        var results = await Task.WhenAll(runs);

        // Then every one succeeds: no query opens the database for writing, so none meets a lock
        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"{r.Command}: exit {r.ExitCode}: {r.Error}"));
        Assert.All(results, r => Assert.DoesNotContain("lock", r.Error, StringComparison.OrdinalIgnoreCase));
        using var db = ConcordDatabase.OpenReadOnly(_db);
        Assert.NotNull(IdealPointTable.Read(db, IdealPointFitter.ModelDescription(IdealPointOptions.Default)));
    }

    [Fact]
    public void Agree_Ideal_RefusesTheCouncil()
    {
        var (code, _, err) = Run("agree", "CHN", "RUS", "--forum", "sc", "--ideal");
        Assert.Equal(2, code);
        Assert.Contains("'ideal' needs two states in the General Assembly", err);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ConcordApp.Run(["--db", _db, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
