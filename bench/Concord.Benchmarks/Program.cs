using BenchmarkDotNet.Running;

namespace Concord.Benchmarks;

/// <summary>
/// Kernel benchmarks of the agreement metrics engine.
/// Run: <c>dotnet run -c Release --project bench/Concord.Benchmarks -- --filter '*'</c>; ideal points:
/// <c>-- ideal-full [runs]</c> and <c>-- ideal-session YEAR FILE [runs]</c> (see <see cref="IdealPointsTiming"/>);
/// speeches: <c>-- speeches DATA_DIR DB [runs]</c> (see <see cref="SpeechTiming"/>).
/// The all-pairs benchmark reads the General Assembly matrix from <c>CONCORD_BENCH_DB</c>, or builds a database
/// from <c>../shared/data</c> (or <c>CONCORD_DATA</c>) into a temporary file once.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // Ideal points: seconds per run, timed with a stopwatch (see IdealPointsTiming).
        if (args is ["ideal-full", ..])
        {
            IdealPointsTiming.Full(BenchData.DatabasePath(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args is ["ideal-session", var year, var csv, ..])
        {
            IdealPointsTiming.Session(BenchData.DatabasePath(), int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), csv, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["speeches", var data, var db, ..])
        {
            SpeechTiming.Run(data, db, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
