using System.Diagnostics;
using System.Security.Cryptography;
using Concord.Cli;
using Concord.Store;
using Xunit.Abstractions;

namespace Concord.Tests.Commands;

/// <summary>A sync killed at any point (SIGKILL) leaves the previous database exactly as it was, and usable.</summary>
public sealed class InterruptedSyncTest(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"concord-kill-{Guid.NewGuid():N}");

    /// <summary>The steps a sync reports on stderr, from process start-up to writing the new file; a kill is aimed at one.</summary>
    private static readonly string[] s_steps = ["(start)", "reading sources", "reconciling sources", "hashing source files", "writing database"];

    [Fact]
    public void KillNineAtRandomPointsDuringSync_LeavesThePreviousDatabaseIntact()
    {
        // Given a working database
        Directory.CreateDirectory(_work);
        var db = Path.Combine(_work, "concord.duckdb");
        File.Copy(RealDataDatabase.Instance.Path, db);
        var before = Hash(db);
        var coverageBefore = Coverage(db);

        // When syncs into it are killed with SIGKILL at random points across the whole run: each of the steps in a
        // seeded random order, at a seeded random delay after the sync reports it (so the points follow the sync
        // whatever the machine's speed, and a failure replays)
        var random = new Random(20261124);
        var points = s_steps.OrderBy(_ => random.Next()).Select(step => (Step: step, DelayMs: random.Next(0, 800))).ToList();
        var interrupted = new List<string>();
        foreach (var (step, delayMs) in points)
        {
            bool killed;
            using (var sync = StartSync(db))
            {
                using var reached = new ManualResetEventSlim(step == "(start)");
                sync.ErrorDataReceived += (_, e) =>
                {
                    if (e.Data is { } line && line.EndsWith(step, StringComparison.Ordinal))
                    {
                        reached.Set();
                    }
                };
                sync.Exited += (_, _) => reached.Set();
                sync.EnableRaisingEvents = true;
                sync.BeginErrorReadLine();
                sync.BeginOutputReadLine();
                reached.Wait(TimeSpan.FromMinutes(3));
                Thread.Sleep(delayMs);
                killed = !sync.HasExited;
                if (killed)
                {
                    sync.Kill(entireProcessTree: true);
                }

                sync.WaitForExit();
            }

            // Then after each kill the database is the old one byte for byte, opens, and has the same row counts (a
            // sync that outran its kill swapped in a complete database of the same content)
            if (killed)
            {
                interrupted.Add($"{step} + {delayMs} ms");
                Assert.Equal(before, Hash(db));
            }
            else
            {
                before = Hash(db);
            }

            Assert.Equal(coverageBefore, Coverage(db));
        }

        output.WriteLine($"interrupted sync: {interrupted.Count} of {points.Count} syncs killed ({string.Join("; ", interrupted)}); database unchanged after every kill");
        Assert.True(interrupted.Count >= points.Count - 1, $"only {interrupted.Count} of {points.Count} syncs were interrupted; the test did not test kills");
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", db, "show", "A/RES/68/262", "--format", "csv"], stdout, new StringWriter()));
        Assert.Contains("RUS,Russian Federation,no", stdout.ToString(), StringComparison.Ordinal);

        // And the next sync cleans up what the killed ones left and completes
        Assert.Equal(0, ConcordApp.Run(["--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync"], new StringWriter(), new StringWriter()));
        Assert.Empty(Directory.GetFiles(_work, "concord.duckdb.building-*"));
        Assert.Equal(coverageBefore, Coverage(db));
    }

    private static Process StartSync(string db) =>
        Process.Start(new ProcessStartInfo("dotnet", [typeof(ConcordApp).Assembly.Location, "--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync", "--rebuild"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;

    private static IReadOnlyList<CoverageTable.Row> Coverage(string db)
    {
        using var opened = ConcordDatabase.OpenReadOnly(db);
        return CoverageTable.Run(opened);
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
