using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sync;

/// <summary>The sync lock tells a held lock from an I/O error: it waits (and says so) for the first, reports the second at once.</summary>
public class SyncLockTest
{
    [Fact]
    public void Acquire_InAFolderThatCannotBeWritten_FailsAtOnceNamingTheLockFile()
    {
        // Given a database path in a folder that cannot hold a lock file (/proc takes no new files)
        var path = "/proc/concord-test.duckdb";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When the lock is taken
        var e = Assert.Throws<SyncRefusedException>(() => SyncLock.Acquire(path));

        // Then it fails within a second, naming the lock file, instead of waiting ten minutes as for a held lock
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
        Assert.Contains(path + ".lock", e.Message);
    }

    [Fact]
    public void Acquire_WithAFileNameTooLong_FailsAtOnce()
    {
        // Given a database name of 260 characters (the lock file's name is over the file system's limit)
        using var dir = new TempDirectory();
        var path = dir.Combine(new string('d', 260) + ".duckdb");

        // When the lock is taken
        var e = Assert.Throws<SyncRefusedException>(() => SyncLock.Acquire(path));

        // Then the error says the lock file cannot be created
        Assert.Contains("Cannot create the lock file", e.Message);
    }

    [Fact]
    public void Acquire_WhileAnotherHoldsIt_SaysItIsWaitingThenGivesUpAtTheBound()
    {
        // Given another holder of the lock
        using var dir = new TempDirectory();
        var path = dir.Combine("concord.duckdb");
        using var holder = SyncLock.Acquire(path);
        var steps = new List<string>();

        // When a second sync tries with a short bound
        var e = Assert.Throws<SyncRefusedException>(() => SyncLock.Acquire(path, new Collect(steps), TimeSpan.FromMilliseconds(400)));

        // Then it reported that it was waiting, once, and then that the lock stayed held
        Assert.Single(steps, s => s.StartsWith("waiting for another sync", StringComparison.Ordinal));
        Assert.Contains("has held its lock", e.Message);
    }

    private sealed class Collect(List<string> steps) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => steps.Add(value.Step);
    }
}
