using System.Diagnostics;
using System.Globalization;
using Concord.Analysis.Speeches;
using Concord.Sources;
using Concord.Speeches;
using Concord.States;
using Concord.Store;

namespace Concord.Benchmarks;

/// <summary>Wall-clock and CPU timings of the speeches: indexing the whole corpus, and all-pairs similarity per year.</summary>
/// <remarks>
/// <c>speeches DATA_DIR DB [runs]</c>: reads and indexes <c>speeches/ungdc_1946-2024.tar.gz</c> (stream, tokenise, stem,
/// count, concepts) <c>runs</c> times; then loads the index from DB and times every year's all-pairs cosine matrix with the
/// dense-row kernel against the baseline, the plain merge of every pair's sparse vectors (<see cref="TfIdfYear.Cosine"/>).
/// CPU time is given beside wall time: on a shared machine the wall time measures the neighbours too.
/// </remarks>
internal static class SpeechTiming
{
    public static void Run(string dataDir, string databasePath, int runs)
    {
        for (var i = 0; i < runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var texts = new SpeechCorpusReader(StateRegistry.Default).Read(dataDir);
            var read = clock.Elapsed.TotalSeconds;
            var index = SpeechIndexer.Build(texts);
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index run {i + 1}: read {read:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s wall, {used:0.00} s CPU; {index.Speeches.Count} speeches, {index.Speeches.Sum(s => (long)s.Words):N0} words, {index.Vocabulary.Count:N0} stems"));
        }

        using var db = ConcordDatabase.OpenReadOnly(databasePath);
        var load = Stopwatch.StartNew();
        var record = new SpeechRecord(SpeechStore.Load(db), StateRegistry.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load index from the database: {load.Elapsed.TotalMilliseconds:0} ms"));
        var kernel = new List<double>();
        var baseline = new List<double>();
        for (var y = record.FirstYear; y <= record.LastYear; y++)
        {
            var year = record.Year(y);
            year.AllPairs();
            var clock = Stopwatch.StartNew();
            year.AllPairs();
            kernel.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var n = year.Speeches.Count;
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    sum += year.Cosine(i, j);
                }
            }

            baseline.Add(clock.Elapsed.TotalMilliseconds);
        }

        static string Describe(List<double> ms)
        {
            var sorted = ms.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"median {sorted[sorted.Count / 2]:0.0} ms, max {sorted[^1]:0.0} ms, all years {ms.Sum():0} ms");
        }

        Console.WriteLine($"all pairs per year, dense-row kernel: {Describe(kernel)}");
        Console.WriteLine($"all pairs per year, baseline (sparse merge per pair): {Describe(baseline)}");
    }
}
