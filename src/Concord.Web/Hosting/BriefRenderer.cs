using System.Collections.Concurrent;

namespace Concord.Web.Hosting;

/// <summary>Renders briefs one at a time, at low priority, on the brief's own database connection, and keeps the results.</summary>
/// <remarks>
/// A brief loads both vote matrices and the Council record and renders five charts: about a second of a core. Run
/// alongside the other endpoints on a shared connection, 6% of requests being briefs cut throughput 17 times. So a
/// brief never takes the connection the other queries use, only one is rendered at a time (a queue of at most
/// <see cref="MaxWaiting"/>; a request beyond it gets 503 with Retry-After rather than piling up), its thread runs
/// below normal priority, and each finished brief is kept (the record does not change while the server runs).
/// </remarks>
public sealed class BriefRenderer
{
    /// <summary>Requests waiting for a render, beyond which a brief is refused with 503.</summary>
    public const int MaxWaiting = 4;

    /// <summary>Briefs kept (each about 0.3 MB of HTML).</summary>
    public const int MaxCached = 128;

    private static readonly TimeSpan s_maxWait = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private int _waiting;

    public int Cached => _cache.Count;

    /// <summary>The brief for <paramref name="key"/>, rendered when not kept; null when too many are waiting (the caller answers 503).</summary>
    public async Task<byte[]?> GetAsync(string key, Func<byte[]> render, CancellationToken cancel)
    {
        if (_cache.TryGetValue(key, out var kept))
        {
            return kept;
        }

        if (Interlocked.Increment(ref _waiting) > MaxWaiting + 1)
        {
            Interlocked.Decrement(ref _waiting);
            return null;
        }

        try
        {
            if (!await _gate.WaitAsync(s_maxWait, cancel))
            {
                return null;
            }

            try
            {
                if (_cache.TryGetValue(key, out kept))
                {
                    return kept;
                }

                var html = await Task.Factory.StartNew(() => RenderBelowNormal(render), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                if (_cache.Count < MaxCached)
                {
                    _cache.TryAdd(key, html);
                }

                return html;
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private static byte[] RenderBelowNormal(Func<byte[]> render)
    {
        try
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or System.Threading.ThreadStateException)
        {
            // Not every platform lets a process lower a thread's priority; the gate still bounds the work.
        }

        // On Linux the runtime leaves the thread at nice 0 whatever its Priority says (top showed a brief at NI 0 taking a
        // whole core beside the dashboard's requests): the thread is niced itself. Linux applies setpriority to the one
        // thread whose id is given; the thread is the render's own (LongRunning) and ends with it.
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = LinuxThread.setpriority(LinuxThread.PrioProcess, LinuxThread.gettid(), LinuxThread.LowestPriority);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A libc without gettid: the render runs at the thread's priority, as on other platforms.
            }
        }

        return render();
    }

    private static class LinuxThread
    {
        public const int PrioProcess = 0;

        /// <summary>A tenth of a core's share beside requests at nice 0 (at 19, the nicest, briefs starved for good under
        /// a steady load of requests: none finished in 15 s of bench/load.sh's varied run).</summary>
        public const int LowestPriority = 10;

        [System.Runtime.InteropServices.DllImport("libc")]
        internal static extern int gettid();

        [System.Runtime.InteropServices.DllImport("libc")]
        internal static extern int setpriority(int which, int who, int prio);
    }
}
