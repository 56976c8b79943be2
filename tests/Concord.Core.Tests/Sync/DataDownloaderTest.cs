using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concord.Sources;
using Concord.Sync;

namespace Concord.Tests.Sync;

public sealed class DataDownloaderTest : IDisposable
{
    private const string ScFile = "sc/unxml_sc_data_extract/2018.json";
    // The '#' and the space would cut or mangle the URL unless each segment is escaped.
    private const string GaFile = "ga/votes #2 2019.csv";
    private const string UndlFile = "undl/readme.txt";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "concord-dl-" + Guid.NewGuid().ToString("N"));
    private readonly string _served;
    private readonly string _target;
    private readonly LoopbackFileServer _server;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly DataDownloader _downloader;
    private readonly Dictionary<string, byte[]> _files = new()
    {
        [ScFile] = Generated(3000, seed: 1),
        [GaFile] = Generated(5001, seed: 2),
        [UndlFile] = Generated(1500, seed: 3),
    };

    public DataDownloaderTest()
    {
        _served = Path.Combine(_temp, "served");
        _target = Path.Combine(_temp, "target");
        Directory.CreateDirectory(_served);
        _server = new LoopbackFileServer(_served);
        _downloader = new DataDownloader(_http) { RetryDelay = TimeSpan.FromMilliseconds(10) };
    }

    [Fact]
    public async Task ATricklingMirror_IsCutOff_AsASlowNetwork()
    {
        // Given a mirror that sends a byte every 20 ms (never idle long enough for the idle timeout)
        Serve(_files);
        _server.Trickle = TimeSpan.FromMilliseconds(20);
        var slow = new DataDownloader(_http) { RetryDelay = TimeSpan.FromMilliseconds(10), SlowWindow = TimeSpan.FromMilliseconds(300), MinBytesPerWindow = 1000 };

        // Then the download fails as too slow, after its retries, instead of running for hours
        var e = await Assert.ThrowsAsync<DataDownloadException>(() => slow.DownloadAsync(_server.BaseUrl, _target, ManifestFor(_files)));
        Assert.Contains("too slowly", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlantedPartLink_IsNotWrittenThrough_AndALinkedFolderIsRefused()
    {
        // Given a .part in the data folder that links to a file outside it
        Serve(_files);
        var outside = Path.Combine(_temp, "outside.txt");
        await File.WriteAllTextAsync(outside, "keep");
        Directory.CreateDirectory(Path.GetDirectoryName(TargetOf(ScFile))!);
        File.CreateSymbolicLink(TargetOf(ScFile) + ".part", outside);

        // When downloading
        await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(_files));

        // Then the file outside is untouched and the download is whole
        Assert.Equal("keep", await File.ReadAllTextAsync(outside));
        Assert.Equal(_files[ScFile], await File.ReadAllBytesAsync(TargetOf(ScFile)));

        // And a folder of the data directory that links elsewhere is refused
        var elsewhere = Path.Combine(_temp, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var fresh = Path.Combine(_temp, "fresh");
        Directory.CreateDirectory(fresh);
        Directory.CreateSymbolicLink(Path.Combine(fresh, "undl"), elsewhere);
        var e = await Assert.ThrowsAsync<DataDownloadException>(() => _downloader.DownloadAsync(_server.BaseUrl, fresh, ManifestFor(_files)));
        Assert.Contains("symbolic link", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(elsewhere));
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public async Task Download_FetchesEveryFile_AndVerifiesChecksums()
    {
        // Given a mirror holding every file of the manifest
        Serve(_files);
        var manifest = ManifestFor(_files);

        // When downloading into an empty folder, from a base URL without a trailing slash
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, manifest);

        // Then every file is in place, byte for byte, and nothing is left half-done
        foreach (var (path, bytes) in _files)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(TargetOf(path)));
            Assert.False(File.Exists(TargetOf(path) + ".part"));
        }

        Assert.Equal(new DownloadReport(3, 0, 3000 + 5001 + 1500, 0), report);
        Assert.Equal(
            _files.Keys.Select(p => "/files/" + p).Order(StringComparer.Ordinal),
            _server.Requests.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.All(_server.Requests, r => Assert.Null(r.Range));
    }

    [Fact]
    public async Task Download_BaseUrlWithTrailingSlash_FetchesTheSameUrls()
    {
        // Given a base URL that ends in '/'
        Serve(_files);
        var withSlash = new Uri(_server.BaseUrl.AbsoluteUri + "/");

        // When downloading
        var report = await _downloader.DownloadAsync(withSlash, _target, ManifestFor(_files));

        // Then no doubled slash reaches the server
        Assert.Equal(3, report.FilesDownloaded);
        Assert.Contains(_server.Requests, r => r.Path == "/files/" + GaFile);
        Assert.DoesNotContain(_server.Requests, r => r.Path.Contains("//", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_SecondRun_SkipsFilesAlreadyPresent()
    {
        // Given a folder that a first run has filled
        Serve(_files);
        var manifest = ManifestFor(_files);
        await _downloader.DownloadAsync(_server.BaseUrl, _target, manifest);
        var requestsAfterFirstRun = _server.Requests.Count;

        // When running again
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, manifest);

        // Then nothing is requested and every file counts as already present
        Assert.Equal(3, requestsAfterFirstRun);
        Assert.Equal(requestsAfterFirstRun, _server.Requests.Count);
        Assert.Equal(new DownloadReport(0, 3, 0, 0), report);
    }

    [Fact]
    public async Task Download_FileWithWrongContent_IsReplaced()
    {
        // Given a target file of the right size whose bytes differ from the manifest's
        Serve(_files);
        var stale = Generated(_files[UndlFile].Length, seed: 99);
        WriteTarget(UndlFile, stale);

        // When downloading
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(_files));

        // Then the stale file is fetched again rather than trusted for its size
        Assert.Equal(3, report.FilesDownloaded);
        Assert.Equal(_files[UndlFile], await File.ReadAllBytesAsync(TargetOf(UndlFile)));
    }

    [Fact]
    public async Task Download_WithPartialFile_ResumesWithRangeRequest()
    {
        // Given the first half of one file left as .part by an interrupted run
        Serve(_files);
        var bytes = _files[GaFile];
        var half = bytes.Length / 2;
        WriteTarget(GaFile + ".part", bytes[..half]);

        // When downloading
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(_files));

        // Then only the rest is asked for, and the joined file is the right one
        var request = Assert.Single(_server.Requests, r => r.Path == "/files/" + GaFile);
        Assert.Equal($"bytes={half.ToString(CultureInfo.InvariantCulture)}-", request.Range);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(TargetOf(GaFile)));
        Assert.False(File.Exists(TargetOf(GaFile) + ".part"));
        Assert.Equal(new DownloadReport(3, 0, 3000 + (5001 - half) + 1500, 1), report);
    }

    [Fact]
    public async Task Download_ServerIgnoringRange_StartsOver()
    {
        // Given a .part with the first half of a file, and a server that answers every Range with the whole file
        Serve(_files);
        _server.IgnoreRange = true;
        var bytes = _files[GaFile];
        var half = bytes.Length / 2;
        WriteTarget(GaFile + ".part", bytes[..half]);

        // When downloading
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(_files));

        // Then the 200 body replaces the .part instead of being appended to it
        var request = Assert.Single(_server.Requests, r => r.Path == "/files/" + GaFile);
        Assert.Equal($"bytes={half.ToString(CultureInfo.InvariantCulture)}-", request.Range);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(TargetOf(GaFile)));
        Assert.Equal(new DownloadReport(3, 0, 3000 + 5001 + 1500, 0), report);
    }

    [Fact]
    public async Task Download_PartialFileFromAnotherVersion_StartsOverOnce()
    {
        // Given a .part whose bytes belong to some other version of the file
        Serve(_files);
        var bytes = _files[GaFile];
        var half = bytes.Length / 2;
        WriteTarget(GaFile + ".part", Generated(half, seed: 42));

        // When downloading
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(_files));

        // Then the resumed file fails verification, is thrown away and fetched whole
        var requests = _server.Requests.Where(r => r.Path == "/files/" + GaFile).ToList();
        Assert.Equal([$"bytes={half.ToString(CultureInfo.InvariantCulture)}-", null], requests.Select(r => r.Range));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(TargetOf(GaFile)));
        Assert.Equal(0, report.Resumed);
    }

    [Fact]
    public async Task Download_ConnectionDroppedMidFile_RetriesFromWhereItStopped()
    {
        // Given a server that cuts the first response off after 2000 bytes
        var one = new Dictionary<string, byte[]> { [GaFile] = _files[GaFile] };
        Serve(one);
        _server.DropAfterBytes = 2000;
        _server.DropNextResponses(1);

        // When downloading
        var report = await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(one));

        // Then a second request picks up from the bytes kept in the .part and the file is complete
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].Range);
        Assert.Matches("^bytes=[1-9][0-9]*-$", requests[1].Range);
        Assert.Equal(_files[GaFile], await File.ReadAllBytesAsync(TargetOf(GaFile)));
        Assert.Equal(1, report.Resumed);
        Assert.Equal(5001, report.BytesDownloaded);
    }

    [Fact]
    public async Task Download_ConnectionDroppingEveryTime_FailsAfterThreeRetries()
    {
        // Given a server that cuts off every response before any byte of the body
        var one = new Dictionary<string, byte[]> { [GaFile] = _files[GaFile] };
        Serve(one);
        _server.DropAfterBytes = 0;
        _server.DropNextResponses(100);

        // When downloading
        var e = await Assert.ThrowsAsync<DataDownloadException>(() => _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(one)));

        // Then it gives up after the first attempt and three retries, naming the URL
        Assert.Equal(4, _server.Requests.Count);
        Assert.Contains(DataDownloader.FileUrl(_server.BaseUrl, GaFile).AbsoluteUri, e.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(TargetOf(GaFile)));
    }

    [Fact]
    public async Task Download_ChecksumMismatch_FailsAndKeepsNoFile()
    {
        // Given a mirror whose copy has the right size but other bytes than the manifest says
        var expected = _files[ScFile];
        var served = Generated(expected.Length, seed: 7);
        Serve(new Dictionary<string, byte[]> { [ScFile] = served });
        var manifest = ManifestFor(new Dictionary<string, byte[]> { [ScFile] = expected });

        // When downloading
        var e = await Assert.ThrowsAsync<DataDownloadException>(() => _downloader.DownloadAsync(_server.BaseUrl, _target, manifest));

        // Then the error names the file and both checksums, and nothing is left behind
        Assert.Contains(ScFile, e.Message, StringComparison.Ordinal);
        Assert.Contains(Sha256(expected), e.Message, StringComparison.Ordinal);
        Assert.Contains(Sha256(served), e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(TargetOf(ScFile)));
        Assert.False(File.Exists(TargetOf(ScFile) + ".part"));
    }

    [Fact]
    public async Task Download_MissingFile_FailsWithUrlAndStatus()
    {
        // Given a manifest entry the mirror does not have
        Serve(new Dictionary<string, byte[]> { [ScFile] = _files[ScFile] });
        var manifest = ManifestFor(new Dictionary<string, byte[]> { [ScFile] = _files[ScFile], [GaFile] = _files[GaFile] });

        // When downloading
        var e = await Assert.ThrowsAsync<DataDownloadException>(() => _downloader.DownloadAsync(_server.BaseUrl, _target, manifest));

        // Then the error gives the escaped URL and the status, after one request for that file (a 404 is not retried)
        Assert.Contains(_server.BaseUrl.AbsoluteUri + "/ga/votes%20%232%202019.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("404", e.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Path == "/files/" + GaFile);
        Assert.False(File.Exists(TargetOf(GaFile)));
    }

    [Fact]
    public async Task Download_ReportsProgress_UpToTotalBytes()
    {
        // Given a mirror with a file large enough to arrive in several reads, and one file already present
        var big = Generated(300 * 1024, seed: 5);
        var files = new Dictionary<string, byte[]>(_files) { [ScFile] = big };
        Serve(files);
        WriteTarget(UndlFile, files[UndlFile]);
        var progress = new RecordingProgress();

        // When downloading
        await _downloader.DownloadAsync(_server.BaseUrl, _target, ManifestFor(files), progress);

        // Then each file's reports climb to its full size, with its place among the three
        var reports = progress.Reports;
        Assert.All(reports, r => Assert.Equal(3, r.FileCount));
        var byFile = reports.GroupBy(r => r.File).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), byFile.Keys.Order(StringComparer.Ordinal));
        var order = ManifestFor(files).Entries.Select(e => e.Path).ToList();
        foreach (var (file, list) in byFile)
        {
            Assert.All(list, r => Assert.Equal(order.IndexOf(file) + 1, r.FileIndex));
            Assert.All(list, r => Assert.Equal(files[file].Length, r.BytesTotal));
            Assert.Equal(list.Select(r => r.BytesDone).Order(), list.Select(r => r.BytesDone));
            Assert.Equal(files[file].Length, list[^1].BytesDone);
        }

        Assert.Contains(byFile[ScFile], r => r.BytesDone > 0 && r.BytesDone < big.Length);
        Assert.True(byFile[ScFile].Count < 40, $"{byFile[ScFile].Count} reports for a 300 KB file");
        Assert.Equal([(long)files[UndlFile].Length], byFile[UndlFile].Select(r => r.BytesDone));
    }

    [Fact]
    public void PublisherUrl_IsGivenOnlyForByteIdenticalCopies()
    {
        // Given one entry whose publisher copy is identical and one that was converted
        var manifest = DataManifest.Parse(
            "path,sha256,bytes,publisher,terms,origin_url,origin_identical\n" +
            "a.csv,00,1,P,T,https://example.org/a.csv,true\n" +
            "b.csv,00,1,P,T,https://example.org/b.rda,false\n");

        // When asking for the publisher URLs
        var urls = manifest.Entries.Select(DataDownloader.PublisherUrl).ToList();

        // Then only the identical one is usable
        Assert.Equal([new Uri("https://example.org/a.csv"), null], urls);
    }

    private static byte[] Generated(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static DataManifest ManifestFor(IReadOnlyDictionary<string, byte[]> files)
    {
        var csv = new StringBuilder("path,sha256,bytes,publisher,terms,origin_url,origin_identical\n");
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{path},{Sha256(bytes)},{bytes.Length},Test,CC0,https://example.org/{path},false\n");
        }

        return DataManifest.Parse(csv.ToString());
    }

    private void Serve(IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(_served, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    private string TargetOf(string path) => Path.Combine(_target, path);

    private void WriteTarget(string path, byte[] bytes)
    {
        var full = TargetOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Records reports as they come; <see cref="Progress{T}"/> would post them later on the thread pool.</summary>
    private sealed class RecordingProgress : IProgress<DownloadProgress>
    {
        private readonly List<DownloadProgress> _reports = [];

        public List<DownloadProgress> Reports
        {
            get
            {
                lock (_reports)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(DownloadProgress value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }
        }
    }
}
