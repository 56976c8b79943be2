using Concord.Cli;
using Concord.Tests.Sync;

namespace Concord.Tests.Commands;

/// <summary><c>concord data sync --from URL</c> as a user runs it: a mirror on 127.0.0.1, then the commands on what it built.</summary>
public sealed class DataSyncCommandTest : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"concord-cli-sync-{Guid.NewGuid():N}");

    [Fact]
    public void SyncFromMirror_DownloadsVerifiesAndBuilds_ThenShowWorks()
    {
        // Given a copy of the data files served on 127.0.0.1
        using var server = new LoopbackFileServer(RealDataDatabase.Instance.DataDir);
        var db = Path.Combine(_work, "concord.duckdb");
        var data = Path.Combine(_work, "data");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // When the user syncs from it
        var code = ConcordApp.Run(["--db", db, "--data", data, "data", "sync", "--from", server.BaseUrl.AbsoluteUri], stdout, stderr);

        // Then every file is downloaded and checked (the speech corpus among them), the database is built, and nothing went to stdout
        Assert.True(code == 0, stderr.ToString());
        Assert.Equal("", stdout.ToString());
        Assert.Contains("Downloaded 67 files", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Built ", stderr.ToString(), StringComparison.Ordinal);
        var show = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", db, "show", "S/RES/2448(2018)", "--format", "csv"], show, new StringWriter()));
        Assert.Contains("RUS,Russian Federation,abstain", show.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SyncFromAFolderWithoutSources_IsRefusedWithTheFolderNamed()
    {
        Directory.CreateDirectory(_work);
        var stderr = new StringWriter();
        var code = ConcordApp.Run(["--db", Path.Combine(_work, "x.duckdb"), "data", "sync", "--from", _work], new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains(_work, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("holds no Concord source files", stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
