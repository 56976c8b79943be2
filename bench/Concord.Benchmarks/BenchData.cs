using System.Reflection;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Store;
using Concord.Sync;

namespace Concord.Benchmarks;

/// <summary>The real General Assembly vote matrix, loaded from a Concord database.</summary>
internal static class BenchData
{
    public const string DatabaseVariable = "CONCORD_BENCH_DB";

    /// <summary>The GA matrix (predecessors merged, as the CLI uses it).</summary>
    public static VoteMatrix LoadGeneralAssembly()
    {
        var path = DatabasePath();
        using var db = ConcordDatabase.OpenReadOnly(path);
        return VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
    }

    /// <summary><c>CONCORD_BENCH_DB</c> if set, else a database built once from the shared data into the temp folder.</summary>
    public static string DatabasePath()
    {
        var configured = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"{DatabaseVariable} points at {configured}, which does not exist.", configured);
        }

        // One file per build of Concord.Core, so that every benchmark process (BenchmarkDotNet starts one per case)
        // reuses it and a changed reader or schema never reads a stale database.
        var version = typeof(RecordBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var path = Path.Combine(Path.GetTempPath(), "concord-bench", $"ga-{version}.duckdb");
        if (!File.Exists(path))
        {
            var data = LocateData();
            Console.WriteLine($"// building benchmark database {path} from {data}");
            RecordBuilder.Build(data, path);
        }

        return path;
    }

    private static string LocateData()
    {
        var (found, _) = DataDirectory.Locate(null, new ConcordEnvironment(Environment.GetEnvironmentVariable("CONCORD_DATA"), null, null, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Directory.GetCurrentDirectory()));
        if (found is not null)
        {
            return found;
        }

        // BenchmarkDotNet may start the benchmark process elsewhere: also look from the assembly's folder up.
        var start = Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location) ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            if (DataDirectory.LooksLikeData(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No data directory found: set {DatabaseVariable} to a Concord database or CONCORD_DATA to the data folder.");
    }

    /// <summary>Every <paramref name="stride"/>-th state (all states for 1): fewer pairs, same decisions.</summary>
    public static VoteMatrix EveryNthState(VoteMatrix matrix, int stride)
    {
        if (stride <= 1)
        {
            return matrix;
        }

        var rows = Enumerable.Range(0, matrix.Rows).Where(r => r % stride == 0).ToArray();
        var votes = new byte[rows.Length * matrix.Columns];
        for (var i = 0; i < rows.Length; i++)
        {
            matrix.Row(rows[i]).CopyTo(votes.AsSpan(i * matrix.Columns, matrix.Columns));
        }

        return new VoteMatrix([.. rows.Select(r => matrix.States[r])], matrix.Decisions, votes, matrix.Forum, matrix.PredecessorsMerged);
    }
}
