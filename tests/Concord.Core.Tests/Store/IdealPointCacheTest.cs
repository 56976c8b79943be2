using System.Diagnostics;
using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.Store;

/// <summary>The ideal-point side file is an input (issue 28): whole, bounded, finite and regular, or not read at all.</summary>
public sealed class IdealPointCacheTest : IDisposable
{
    private const string Model = "test-model";

    private readonly string _dir = Directory.CreateTempSubdirectory("concord-cache").FullName;
    private readonly ConcordDatabase _db;
    private readonly string _cache;

    public IdealPointCacheTest()
    {
        var path = Path.Combine(_dir, "concord.duckdb");
        File.Copy(RealDataDatabase.Instance.Path, path);
        _db = ConcordDatabase.OpenReadOnly(path);
        _cache = IdealPointCache.PathFor(path);
        var set = new IdealPointSet([new IdealPoint("CHN", 2020, -0.5, -0.7, -0.3, 120), new IdealPoint("USA", 2020, 3.1, 2.9, 3.3, 118)], Model + "; aligned", new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc));
        Assert.True(IdealPointCache.Write(_db, set));
    }

    [Fact]
    public void AWholeCache_ReadsBack()
    {
        var set = IdealPointCache.Read(_db, Model);
        Assert.NotNull(set);
        Assert.Equal(2, set.Points.Count);
        Assert.True(set.TryGet("USA", 2020, out var usa));
        Assert.Equal(3.1, usa.Position);
    }

    [Theory]
    [InlineData("3.1", "1e400")]
    [InlineData("3.1", "NaN")]
    [InlineData(",118", ",99999999999")]
    [InlineData("USA,2020", "USA,20x0")]
    public void AFigureOutOfRange_OrNotANumber_IsNoCache(string from, string to)
    {
        File.WriteAllText(_cache, File.ReadAllText(_cache).Replace(from, to, StringComparison.Ordinal));
        Assert.Null(IdealPointCache.Read(_db, Model));
    }

    [Fact]
    public void ACacheCutAtALineBoundary_IsNoCache()
    {
        var lines = File.ReadAllLines(_cache);
        File.WriteAllLines(_cache, lines[..^1]);
        Assert.Null(IdealPointCache.Read(_db, Model));
    }

    [Fact]
    public void APipe_ALinkToADevice_OrAnOversizedFile_IsNotRead()
    {
        File.Delete(_cache);
        using (var mk = Process.Start("mkfifo", _cache))
        {
            mk.WaitForExit();
        }

        var watch = Stopwatch.StartNew();
        Assert.Null(IdealPointCache.Read(_db, Model));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));

        File.Delete(_cache);
        File.CreateSymbolicLink(_cache, "/dev/zero");
        Assert.Null(IdealPointCache.Read(_db, Model));

        File.Delete(_cache);
        using (var big = File.Create(_cache))
        {
            big.SetLength(IdealPointCache.MaxBytes + 1);
        }

        Assert.Null(IdealPointCache.Read(_db, Model));
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
