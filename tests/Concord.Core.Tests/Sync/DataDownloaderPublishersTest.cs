using System.Globalization;
using System.Security.Cryptography;
using Concord.Sources;
using Concord.Sync;

namespace Concord.Tests.Sync;

/// <summary>Fetching from each file's publisher: only where the publisher's copy is byte-identical; the rest are named.</summary>
public sealed class DataDownloaderPublishersTest : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"concord-publishers-{Guid.NewGuid():N}");

    [Fact]
    public async Task DownloadFromPublishers_FetchesIdenticalCopies_AndListsConvertedOnes()
    {
        // Given a publisher serving one file as is, and a manifest entry whose publisher only has another format
        var served = Path.Combine(_root, "served");
        Directory.CreateDirectory(served);
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i * 7)).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(served, "votes.json"), bytes);
        using var server = new LoopbackFileServer(served);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var origin = server.BaseUrl.AbsoluteUri.TrimEnd('/') + "/votes.json";
        var manifest = DataManifest.Parse(string.Create(CultureInfo.InvariantCulture, $"""
            path,sha256,bytes,publisher,terms,origin_url,origin_identical
            sc/votes.json,{sha},{bytes.Length},UN,terms,{origin},true
            ga/converted.csv,{new string('0', 64)},10,Someone,terms,https://example.org/data.rda,false
            """));
        using var http = new HttpClient();

        // When downloading from the publishers
        var target = Path.Combine(_root, "data");
        var report = await new DataDownloader(http).DownloadFromPublishersAsync(target, manifest);

        // Then the identical file arrived and verified, the converted one was not requested and is named
        Assert.Equal(1, report.FilesDownloaded);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(target, "sc", "votes.json")));
        Assert.Equal(["ga/converted.csv"], report.Unavailable);
        Assert.Single(server.Requests);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
