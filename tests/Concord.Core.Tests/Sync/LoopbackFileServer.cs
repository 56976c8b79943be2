using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Concord.Tests.Sync;

/// <summary>A static file server on 127.0.0.1 for downloader tests, serving <c>Root</c> under <c>/files/</c>.</summary>
/// <remarks>
/// Honours <c>Range: bytes=N-</c> with 206 and Content-Range unless <see cref="IgnoreRange"/> is set, records
/// every request, and can cut responses short to simulate a dropped connection. It stops on Dispose, and by itself
/// after <see cref="MaxLifetime"/> so a test that forgets it cannot leave a listener running.
/// </remarks>
public sealed class LoopbackFileServer : IDisposable
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(2);
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new(MaxLifetime);
    private readonly Task _loop;
    private readonly ConcurrentQueue<ServedRequest> _requests = new();
    private int _dropsLeft;

    public LoopbackFileServer(string root)
    {
        Root = root;
        (_listener, var port) = StartOnFreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/files");
        _stop.Token.Register(() => _listener.Close());
        _loop = Task.Run(ServeAsync);
    }

    public string Root { get; }

    /// <summary>The folder URL, deliberately without a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Answer every request with 200 and the whole file, as servers without range support do.</summary>
    public bool IgnoreRange { get; set; }

    /// <summary>Bytes sent before a dropped response is cut off (see <see cref="DropNextResponses"/>).</summary>
    public int DropAfterBytes { get; set; }

    public IReadOnlyList<ServedRequest> Requests => [.. _requests];

    /// <summary>When set, every file is sent one byte at a time with this pause between bytes (a trickling mirror).</summary>
    public TimeSpan Trickle { get; set; }

    /// <summary>Cut the next <paramref name="count"/> file responses after <see cref="DropAfterBytes"/> bytes.</summary>
    public void DropNextResponses(int count) => Interlocked.Exchange(ref _dropsLeft, count);

    public void Dispose()
    {
        _stop.Cancel();
        // Bounded: a wedged handler must not hang the test run.
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private static (HttpListener Listener, int Port) StartOnFreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                // Another process took the port between the probe and the start; try another.
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await HandleAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away mid-response; the next request is unaffected.
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
        var range = request.Headers["Range"];
        _requests.Enqueue(new ServedRequest(path, range));

        const string prefix = "/files/";
        var file = path.StartsWith(prefix, StringComparison.Ordinal) ? Path.Combine(Root, path[prefix.Length..]) : null;
        if (file is null || !File.Exists(file))
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }

        var bytes = await File.ReadAllBytesAsync(file);
        var start = 0L;
        if (range is not null && !IgnoreRange)
        {
            start = long.Parse(range["bytes=".Length..range.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            if (start >= bytes.Length)
            {
                response.StatusCode = 416;
                response.AddHeader("Content-Range", $"bytes */{bytes.Length}");
                response.Close();
                return;
            }

            response.StatusCode = 206;
            response.AddHeader("Content-Range", $"bytes {start}-{bytes.Length - 1}/{bytes.Length}");
        }

        var length = bytes.Length - (int)start;
        response.ContentLength64 = length;
        if (Interlocked.Decrement(ref _dropsLeft) >= 0)
        {
            var sent = Math.Min(DropAfterBytes, length);
            await response.OutputStream.WriteAsync(bytes.AsMemory((int)start, sent));
            await response.OutputStream.FlushAsync();
            response.Abort();
            return;
        }

        if (Trickle > TimeSpan.Zero)
        {
            for (var i = 0; i < length && !_stop.IsCancellationRequested; i++)
            {
                await response.OutputStream.WriteAsync(bytes.AsMemory((int)start + i, 1));
                await response.OutputStream.FlushAsync();
                await Task.Delay(Trickle);
            }

            response.Abort();
            return;
        }

        await response.OutputStream.WriteAsync(bytes.AsMemory((int)start, length));
        response.Close();
    }

    /// <summary>A request as the server saw it: the unescaped URL path and the Range header, if any.</summary>
    public sealed record ServedRequest(string Path, string? Range);
}
