using Concord.Sources;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.Sync;

namespace Concord.Tests.RealData;

/// <summary><c>data sync --from URL</c> end to end: a mirror of the real files on 127.0.0.1, downloaded, verified and built.</summary>
public sealed class SyncFromMirrorTest : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"concord-mirror-{Guid.NewGuid():N}");

    [Fact]
    public async Task DownloadFromMirror_ThenBuild_GivesTheSameRecordAsTheLocalFiles()
    {
        // Given a server on 127.0.0.1 serving a copy of the data directory
        using var server = new LoopbackFileServer(RealDataDatabase.Instance.DataDir);
        using var http = new HttpClient();
        var target = Path.Combine(_work, "data");

        // When every manifest file is downloaded and the database built from the download
        var report = await new DataDownloader(http).DownloadAsync(server.BaseUrl, target, DataManifest.Default);
        var db = Path.Combine(_work, "mirror.duckdb");
        var built = RecordBuilder.Build(target, db);

        // Then every file arrived with its checksum, and the record equals the one built from the local files
        Assert.Equal(DataManifest.Default.Entries.Count, report.FilesDownloaded);
        Assert.Equal(DataManifest.Default.Entries.Sum(e => e.Bytes), report.BytesDownloaded);
        using var mirror = ConcordDatabase.OpenReadOnly(db);
        using var local = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        Assert.Equal(CoverageTable.Run(local), CoverageTable.Run(mirror));
        Assert.True(built.Decisions > 11_000);

        // And a second download fetches nothing
        var again = await new DataDownloader(http).DownloadAsync(server.BaseUrl, target, DataManifest.Default);
        Assert.Equal(0, again.FilesDownloaded);
        Assert.Equal(DataManifest.Default.Entries.Count, again.FilesAlreadyPresent);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
