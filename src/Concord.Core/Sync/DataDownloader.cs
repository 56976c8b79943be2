using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Concord.Sources;

namespace Concord.Sync;

/// <summary>Fetches the files of a <see cref="DataManifest"/> from a mirror over HTTP into a data directory.</summary>
/// <remarks>
/// A file lands in place only once its size and SHA-256 match the manifest, so the data directory never holds a
/// copy Concord was not tested against. Bytes go to <c>PATH.part</c> first and are moved over the target in one
/// step; an interrupted run leaves the <c>.part</c> behind and the next run asks for the rest with a Range
/// request. Files already present with the right checksum are not fetched again, so re-running is cheap.
/// </remarks>
public sealed class DataDownloader(HttpClient http)
{
    private const int Retries = 3;
    private const int BufferSize = 81920;
    private const long ProgressStep = 64 * 1024;

    /// <summary>Retry n waits n times this; tests shorten it.</summary>
    internal TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a response body may stall before the attempt counts as a network error. HttpClient.Timeout does
    /// not cover the body once headers are in, and a mirror that stops sending would otherwise hang the sync.
    /// </summary>
    internal TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A mirror that trickles (a byte a second) never stalls long enough for <see cref="IdleTimeout"/>: over each
    /// window of this length, fewer than <see cref="MinBytesPerWindow"/> bytes count as a network error too.
    /// </summary>
    internal TimeSpan SlowWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The fewest bytes a window must bring: 64 KiB a minute, about 1 KiB/s.</summary>
    internal long MinBytesPerWindow { get; init; } = 64 * 1024;

    /// <summary>The publisher's own copy of a file, usable only when it is byte-identical to the manifest's.</summary>
    public static Uri? PublisherUrl(DataManifest.Entry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.OriginIdentical ? new Uri(e.OriginUrl) : null;
    }

    public Task<DownloadReport> DownloadAsync(Uri baseUrl, string targetDir, DataManifest manifest, IProgress<DownloadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return DownloadAsync(e => FileUrl(baseUrl, e.Path), targetDir, manifest, progress, ct);
    }

    /// <summary>Downloads every manifest file from its publisher, where the publisher's copy is the same file.</summary>
    public Task<DownloadReport> DownloadFromPublishersAsync(string targetDir, DataManifest manifest, IProgress<DownloadProgress>? progress = null, CancellationToken ct = default) =>
        DownloadAsync(PublisherUrl, targetDir, manifest, progress, ct);

    /// <param name="urlFor">Where to fetch each file; null when it cannot be fetched (listed in <see cref="DownloadReport.Unavailable"/>).</param>
    public async Task<DownloadReport> DownloadAsync(Func<DataManifest.Entry, Uri?> urlFor, string targetDir, DataManifest manifest, IProgress<DownloadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(urlFor);
        ArgumentNullException.ThrowIfNull(targetDir);
        ArgumentNullException.ThrowIfNull(manifest);
        var root = Path.GetFullPath(targetDir);
        var count = manifest.Entries.Count;
        int downloaded = 0, present = 0, resumed = 0;
        var unavailable = new List<string>();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var entry = manifest.Entries[i];
            var target = TargetPath(root, entry);
            if (await HasChecksumAsync(target, entry, ct).ConfigureAwait(false))
            {
                present++;
                progress?.Report(new DownloadProgress(entry.Path, entry.Bytes, entry.Bytes, i + 1, count));
                continue;
            }

            if (urlFor(entry) is not { } url)
            {
                unavailable.Add(entry.Path);
                continue;
            }

            var file = new FileDownload(entry, url, target, root, i + 1, count, progress);
            await DownloadFileAsync(file, ct).ConfigureAwait(false);
            downloaded++;
            bytes += file.Received;
            if (file.Resumed)
            {
                resumed++;
            }
        }

        return new DownloadReport(downloaded, present, bytes, resumed, unavailable.Count == 0 ? null : unavailable);
    }

    /// <summary>The URL of <paramref name="relativePath"/> under <paramref name="baseUrl"/>, each segment escaped.</summary>
    internal static Uri FileUrl(Uri baseUrl, string relativePath)
    {
        var root = baseUrl.AbsoluteUri;
        if (!root.EndsWith('/'))
        {
            // Without the slash the last segment of the base would be treated as a file and replaced.
            root += "/";
        }

        return new Uri(root + string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)));
    }

    private static string TargetPath(string root, DataManifest.Entry entry)
    {
        var full = Path.GetFullPath(Path.Combine(root, entry.Path));
        // A manifest parsed from elsewhere must not be able to write outside the data directory.
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new DataDownloadException($"{entry.Path}: the path leaves the data directory {root}");
        }

        return full;
    }

    private async Task DownloadFileAsync(FileDownload file, CancellationToken ct)
    {
        StayInFolder(file);
        Directory.CreateDirectory(Path.GetDirectoryName(file.Target)!);
        // A link (or a pipe) planted as the .part would take the bytes elsewhere: only a regular file is continued.
        if (new FileInfo(file.Part).LinkTarget is not null || (File.Exists(file.Part) && !SourceFile.IsRegular(file.Part)))
        {
            File.Delete(file.Part);
        }

        var restarted = false;
        while (true)
        {
            await FetchWithRetriesAsync(file, ct).ConfigureAwait(false);
            var (size, sha) = await MeasureAsync(file.Part, ct).ConfigureAwait(false);
            if (size == file.Entry.Bytes && string.Equals(sha, file.Entry.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                File.Move(file.Part, file.Target, overwrite: true);
                return;
            }

            File.Delete(file.Part);
            if (file.Resumed && !restarted)
            {
                // A .part from an older version of the file cannot be completed into the new one: its head plus
                // the new tail never matches. One clean download tells that apart from a bad mirror.
                restarted = true;
                file.Resumed = false;
                continue;
            }

            throw new DataDownloadException(
                $"{file.Entry.Path}: checksum mismatch from {file.Url.AbsoluteUri}: expected sha256 {file.Entry.Sha256} ({file.Entry.Bytes} bytes), got sha256 {sha} ({size} bytes); the file was not kept");
        }
    }

    /// <summary>Refuses a target whose folders (below the data folder) or own name is a link: the files stay in the folder.</summary>
    private static void StayInFolder(FileDownload file)
    {
        var dir = Path.GetDirectoryName(file.Target)!;
        for (var d = new DirectoryInfo(dir); d is not null && d.FullName.Length > file.Root.Length; d = d.Parent)
        {
            if (d.LinkTarget is not null)
            {
                throw new DataDownloadException($"{file.Entry.Path}: the folder {d.FullName} is a symbolic link; the download stays inside {file.Root}");
            }
        }

        if (new FileInfo(file.Target).LinkTarget is not null)
        {
            throw new DataDownloadException($"{file.Entry.Path}: {file.Target} is a symbolic link; the download stays inside {file.Root}");
        }
    }

    private async Task FetchWithRetriesAsync(FileDownload file, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await FetchOnceAsync(file, ct).ConfigureAwait(false);
                return;
            }
            catch (TransientDownloadException) when (attempt <= Retries)
            {
                await Task.Delay(RetryDelay * attempt, ct).ConfigureAwait(false);
            }
            catch (TransientDownloadException e)
            {
                throw new DataDownloadException($"{file.Url.AbsoluteUri}: download failed after {attempt} attempts: {e.InnerException!.Message}", e.InnerException);
            }
        }
    }

    /// <summary>One request: continue the .part if there is one, else fetch from the start.</summary>
    /// <exception cref="TransientDownloadException">The network failed; the .part holds what arrived.</exception>
    private async Task FetchOnceAsync(FileDownload file, CancellationToken ct)
    {
        var offset = File.Exists(file.Part) ? new FileInfo(file.Part).Length : 0;
        if (offset > file.Entry.Bytes)
        {
            File.Delete(file.Part);
            offset = 0;
        }
        else if (offset > 0 && offset == file.Entry.Bytes)
        {
            // An earlier run got every byte but stopped before the move; verification decides whether it is good.
            file.Resumed = true;
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, file.Url);
        if (offset > 0)
        {
            request.Headers.Range = new RangeHeaderValue(offset, null);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new TransientDownloadException(e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TransientDownloadException(e);
        }

        using (response)
        {
            FileMode mode;
            if (response.StatusCode == HttpStatusCode.PartialContent && offset > 0 && response.Content.Headers.ContentRange?.From == offset)
            {
                mode = FileMode.Append;
                file.Resumed = true;
            }
            else if (response.StatusCode == HttpStatusCode.OK)
            {
                // The server ignored the Range header and sent the whole file: appending it would corrupt the .part.
                mode = FileMode.Create;
                offset = 0;
                file.Resumed = false;
            }
            else if (offset > 0 && response.StatusCode is HttpStatusCode.PartialContent or HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                // The server cannot continue this .part (the file changed, or the range came back wrong).
                File.Delete(file.Part);
                throw new TransientDownloadException(new HttpRequestException(
                    $"{file.Url.AbsoluteUri} could not resume at byte {offset} ({(int)response.StatusCode} {response.ReasonPhrase})"));
            }
            else
            {
                throw new DataDownloadException($"{file.Url.AbsoluteUri} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            await CopyBodyAsync(response, file, mode, offset, ct).ConfigureAwait(false);
        }
    }

    private async Task CopyBodyAsync(HttpResponseMessage response, FileDownload file, FileMode mode, long offset, CancellationToken ct)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var output = new FileStream(file.Part, mode, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            await using (output.ConfigureAwait(false))
            {
                idle.CancelAfter(IdleTimeout);
                var body = await ReadNetworkAsync(() => response.Content.ReadAsStreamAsync(idle.Token), ct).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    var done = offset;
                    file.Report(done, force: true);
                    var window = System.Diagnostics.Stopwatch.StartNew();
                    var inWindow = 0L;
                    while (true)
                    {
                        if (window.Elapsed >= SlowWindow)
                        {
                            if (inWindow < MinBytesPerWindow)
                            {
                                throw new TransientDownloadException(new TimeoutException($"the server sent {inWindow} bytes in {SlowWindow.TotalSeconds:0.#} s, too slowly to finish"));
                            }

                            window.Restart();
                            inWindow = 0;
                        }

                        idle.CancelAfter(IdleTimeout);
                        var n = await ReadNetworkAsync(() => body.ReadAsync(buffer.AsMemory(0, BufferSize), idle.Token).AsTask(), ct).ConfigureAwait(false);
                        if (n == 0)
                        {
                            break;
                        }

                        await output.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
                        done += n;
                        inWindow += n;
                        file.Received += n;
                        if (done > file.Entry.Bytes)
                        {
                            // Already the wrong file; verification rejects it without fetching the rest.
                            break;
                        }

                        file.Report(done, force: done == file.Entry.Bytes);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs a read from the network, turning its failures (and a stall) into a retryable error.</summary>
    private static async Task<T> ReadNetworkAsync<T>(Func<Task<T>> read, CancellationToken ct)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new TransientDownloadException(e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TransientDownloadException(new TimeoutException("the server stopped sending", e));
        }
    }

    private static async Task<bool> HasChecksumAsync(string path, DataManifest.Entry entry, CancellationToken ct)
    {
        // The length check spares hashing a large file that is plainly not the right one.
        if (!File.Exists(path) || new FileInfo(path).Length != entry.Bytes)
        {
            return false;
        }

        var (_, sha) = await MeasureAsync(path, ct).ConfigureAwait(false);
        return string.Equals(sha, entry.Sha256, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(long Size, string Sha256)> MeasureAsync(string path, CancellationToken ct)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false);
            return (stream.Length, Convert.ToHexStringLower(hash));
        }
    }

    /// <summary>One file's download across its attempts.</summary>
    private sealed class FileDownload(DataManifest.Entry entry, Uri url, string target, string root, int index, int count, IProgress<DownloadProgress>? progress)
    {
        private long _lastReported = -1;

        public DataManifest.Entry Entry { get; } = entry;

        /// <summary>The data folder every file stays in.</summary>
        public string Root { get; } = root;

        public Uri Url { get; } = url;

        public string Target { get; } = target;

        public string Part { get; } = target + ".part";

        public long Received { get; set; }

        public bool Resumed { get; set; }

        public void Report(long done, bool force)
        {
            if (progress is null)
            {
                return;
            }

            // One report per buffer would flood a console display; a step of the file is plenty.
            if (force || _lastReported < 0 || done - _lastReported >= Math.Max(ProgressStep, Entry.Bytes / 100))
            {
                _lastReported = done;
                progress.Report(new DownloadProgress(Entry.Path, done, Entry.Bytes, index, count));
            }
        }
    }

    /// <summary>A network failure worth another attempt; never leaves this class.</summary>
    private sealed class TransientDownloadException(Exception inner) : Exception(inner.Message, inner);
}
