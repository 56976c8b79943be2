using System.Collections.Concurrent;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Reliability;

public class ConcurrentSyncTest
{
    [Fact]
    public async Task TwoSyncsAtOnce_IntoOneDatabase_RunOneAfterTheOther()
    {
        // Given two data directories that give different records (the second has one more GA resolution), and a
        // progress log shared by two syncs into the same database
        using var first = CorpusBaseline.ValidCopy();
        using var second = CorpusBaseline.ValidCopy();
        File.Copy(Path.Combine(CorpusBaseline.CorpusDir, "cases", "dgacm-second-file.json"), second.Combine("ga/unxml_ga_data_extract/79.json"));
        using var output = new TempDirectory();
        var db = output.Combine("concord.duckdb");
        var log = new ConcurrentQueue<string>();
        using var start = new ManualResetEventSlim();

        // When both start at the same moment
        Task<SyncResult> Run(string name, string dataDir) => Task.Run(() =>
        {
            start.Wait();
            // allowMissing: whichever runs second may lack the first one's extra session file; this test is about the lock.
            return RecordBuilder.Build(dataDir, db, new SynchronousProgress(p => log.Enqueue(name + ": " + p.Step)), allowMissing: true);
        });
        var a = Run("a", first.Path);
        var b = Run("b", second.Path);
        start.Set();
        var results = await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromMinutes(2));

        // Then one sync's steps all come before the other's (serialised, not interleaved), both complete, and the
        // database is the one the later sync wrote, whole
        // The sync that waits says so once, while the other runs; apart from that line the steps do not interleave.
        var waiting = log.Where(line => line.Contains("waiting for another sync", StringComparison.Ordinal)).ToList();
        var steps = log.Except(waiting).ToList();
        var order = steps.Select(line => line[..1]).ToList();
        var firstToRun = order[0];
        var switches = order.Zip(order.Skip(1)).Count(pair => pair.First != pair.Second);
        Assert.True(switches == 1, "steps interleaved: " + string.Join(" | ", log));
        Assert.Equal(firstToRun + ": done", steps[order.IndexOf(firstToRun == "a" ? "b" : "a") - 1]);
        Assert.All(waiting, line => Assert.StartsWith(firstToRun == "a" ? "b: " : "a: ", line, StringComparison.Ordinal));
        var later = firstToRun == "a" ? results[1] : results[0];
        Assert.Equal(results[0].Decisions + 1, results[1].Decisions);
        using var opened = ConcordDatabase.OpenReadOnly(db);
        Assert.Equal(later.Decisions, CoverageTable.Run(opened).Where(r => r.Source.StartsWith("all sources", StringComparison.Ordinal)).Sum(r => r.Decisions));
        Assert.Equal(["concord.duckdb", "concord.duckdb.matrix"], Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Reports on the calling thread, in order (<see cref="Progress{T}"/> would post to the thread pool and reorder).</summary>
    private sealed class SynchronousProgress(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}
