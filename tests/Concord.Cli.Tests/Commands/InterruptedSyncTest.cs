using System.Diagnostics;
using System.Security.Cryptography;
using Concord.Cli;
using Concord.Store;
using Xunit.Abstractions;

namespace Concord.Tests.Commands;

/// <summary>A sync killed at any point (SIGKILL) leaves the previous database exactly as it was, and usable.</summary>
public sealed class InterruptedSyncTest(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 5;
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"concord-kill-{Guid.NewGuid():N}");

    [Fact]
    public void KillNineAtRandomPointsDuringSync_LeavesThePreviousDatabaseIntact()
    {
        // Given a working database, and how long one uninterrupted sync of the real data takes on this machine
        Directory.CreateDirectory(_work);
        var db = Path.Combine(_work, "concord.duckdb");
        var scratch = Path.Combine(_work, "timing.duckdb");
        File.Copy(RealDataDatabase.Instance.Path, db);
        File.Copy(RealDataDatabase.Instance.Path, scratch);
        var before = Hash(db);
        var coverageBefore = Coverage(db);
        var clock = Stopwatch.StartNew();
        using (var timing = StartSync(scratch))
        {
            timing.StandardError.ReadToEnd();
            timing.WaitForExit();
            Assert.Equal(0, timing.ExitCode);
        }

        var syncMs = (int)clock.ElapsedMilliseconds;

        // When syncs into it are killed with SIGKILL at random points across the whole run (a fixed seed, so a
        // failure replays; the points spread from process start-up to the swap at the end)
        var random = new Random(20261124);
        var points = Enumerable.Range(0, Kills).Select(_ => random.Next(50, Math.Max(100, syncMs * 8 / 10))).ToList();
        var interrupted = 0;
        foreach (var killAfterMs in points)
        {
            bool killed;
            using (var sync = StartSync(db))
            {
                Thread.Sleep(killAfterMs);
                killed = !sync.HasExited;
                if (killed)
                {
                    sync.Kill(entireProcessTree: true);
                }

                sync.WaitForExit();
            }

            // Then after each kill the database is the old one byte for byte, opens, and has the same row counts (a
            // sync that outran its kill on a less loaded moment swapped in a complete database of the same content)
            if (killed)
            {
                interrupted++;
                Assert.Equal(before, Hash(db));
            }
            else
            {
                before = Hash(db);
            }

            Assert.Equal(coverageBefore, Coverage(db));
        }

        output.WriteLine($"interrupted sync: {interrupted} of {points.Count} syncs killed at {string.Join(", ", points)} ms (one sync takes {syncMs} ms); database unchanged after every kill");

        Assert.True(interrupted >= Kills - 1, $"only {interrupted} of {Kills} syncs were interrupted; the test did not test kills");
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", db, "show", "A/RES/68/262", "--format", "csv"], stdout, new StringWriter()));
        Assert.Contains("RUS,Russian Federation,no", stdout.ToString(), StringComparison.Ordinal);

        // And the next sync cleans up what the killed ones left and completes
        Assert.Equal(0, ConcordApp.Run(["--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync"], new StringWriter(), new StringWriter()));
        Assert.Empty(Directory.GetFiles(_work, "concord.duckdb.building-*"));
        Assert.Equal(coverageBefore, Coverage(db));
    }

    private static Process StartSync(string db) =>
        Process.Start(new ProcessStartInfo("dotnet", [typeof(ConcordApp).Assembly.Location, "--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;

    private static IReadOnlyList<CoverageQuery.Row> Coverage(string db)
    {
        using var opened = ConcordDatabase.OpenReadOnly(db);
        return CoverageQuery.Run(opened);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
