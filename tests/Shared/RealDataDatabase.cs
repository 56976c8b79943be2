using Concord.Sync;

namespace Concord.Tests;

/// <summary>The database built from the real files in ../shared/data, built once per test run and shared.</summary>
/// <remarks>
/// Both test assemblies use the same file, named after the build of Concord.Core, so that the database is
/// built once per run (the sync's own lock serialises the two assemblies) and never reused across builds.
/// </remarks>
public sealed class RealDataDatabase
{
    private static readonly Lazy<RealDataDatabase> s_instance = new(() => new RealDataDatabase());

    private RealDataDatabase()
    {
        DataDir = FindDataDir();
        var mvid = typeof(RecordBuilder).Assembly.ManifestModule.ModuleVersionId;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"concord-test-{mvid:N}.duckdb");
        var marker = Path + ".complete";
        using var gate = AcquireGate(Path + ".testlock");
        RemoveOldBuilds();
        if (!File.Exists(marker) || !File.Exists(Path))
        {
            RecordBuilder.Build(DataDir, Path);
            File.WriteAllText(marker, DateTime.UtcNow.ToString("O"));
        }
    }

    public static RealDataDatabase Instance => s_instance.Value;

    /// <summary>Databases of earlier builds (another name) are left by earlier runs: remove those not touched for an hour.</summary>
    private void RemoveOldBuilds()
    {
        foreach (var file in Directory.GetFiles(System.IO.Path.GetTempPath(), "concord-test-*.duckdb*"))
        {
            if (!file.StartsWith(Path, StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-1))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // In use by a run still going: leave it.
                }
            }
        }

        // The parsed sources and verdicts a sync keeps beside each database (concord-test-*.duckdb.cache).
        foreach (var folder in Directory.GetDirectories(System.IO.Path.GetTempPath(), "concord-test-*.duckdb.cache"))
        {
            if (!folder.StartsWith(Path, StringComparison.Ordinal) && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // In use by a run still going: leave it.
                }
            }
        }
    }

    /// <summary>The other test assembly may be building the same database: wait for it.</summary>
    private static FileStream AcquireGate(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }

    public string DataDir { get; }

    public string Path { get; }

    /// <summary>$CONCORD_DATA, else ../shared/data beside the repository (CI has it there).</summary>
    public static string FindDataDir()
    {
        var env = Environment.GetEnvironmentVariable("CONCORD_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Concord.slnx")))
            {
                var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                if (Directory.Exists(data))
                {
                    return data;
                }

                throw new DirectoryNotFoundException($"The real data is expected at {data} (or set CONCORD_DATA).");
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Concord.slnx) above " + AppContext.BaseDirectory);
    }
}
