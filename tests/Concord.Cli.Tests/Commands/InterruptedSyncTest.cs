using System.Diagnostics;
using System.Security.Cryptography;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>A sync killed at any point (SIGKILL) leaves the previous database exactly as it was, and usable.</summary>
public sealed class InterruptedSyncTest : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"concord-kill-{Guid.NewGuid():N}");

    [Theory]
    [InlineData(150)]
    [InlineData(900)]
    [InlineData(2200)]
    public void KillNineDuringSync_LeavesThePreviousDatabaseIntact(int killAfterMs)
    {
        // Given a working database
        Directory.CreateDirectory(_work);
        var db = Path.Combine(_work, "concord.duckdb");
        File.Copy(RealDataDatabase.Instance.Path, db);
        var before = Hash(db);

        // When a sync into it is killed with SIGKILL part-way through
        var cli = typeof(ConcordApp).Assembly.Location;
        bool killed;
        using (var sync = Process.Start(new ProcessStartInfo("dotnet", [cli, "--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!)
        {
            Thread.Sleep(killAfterMs);
            killed = !sync.HasExited;
            if (killed)
            {
                sync.Kill(entireProcessTree: true);
            }

            sync.WaitForExit();
        }

        // Then the database is the old one byte for byte (a sync takes seconds, so every kill lands part-way), and it
        // opens and answers
        Assert.True(killed, "the sync finished before the kill; the test did not interrupt it");
        Assert.Equal(before, Hash(db));
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", db, "show", "A/RES/68/262", "--format", "csv"], stdout, new StringWriter()));
        Assert.Contains("RUS,Russian Federation,no", stdout.ToString(), StringComparison.Ordinal);

        // And the next sync cleans up what the killed one left and completes
        Assert.Equal(0, ConcordApp.Run(["--db", db, "--data", RealDataDatabase.Instance.DataDir, "data", "sync"], new StringWriter(), new StringWriter()));
        Assert.Empty(Directory.GetFiles(_work, "concord.duckdb.building-*"));
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
