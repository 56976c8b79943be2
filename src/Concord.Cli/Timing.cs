using System.Diagnostics;

namespace Concord.Cli;

/// <summary>Step times on stderr when <c>CONCORD_TIMING=1</c> is set (for the benchmarks; silent otherwise).</summary>
internal sealed class Timing
{
    private readonly TextWriter? _err;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private Timing(TextWriter? err) => _err = err;

    public static Timing Start(TextWriter err) =>
        new(Environment.GetEnvironmentVariable("CONCORD_TIMING") == "1" ? err : null);

    public void Step(string name)
    {
        if (_err is not null)
        {
            _err.WriteLine($"timing: {name} {_clock.Elapsed.TotalMilliseconds:0} ms (process {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() >> 20} MB)");
            _clock.Restart();
        }
    }
}
