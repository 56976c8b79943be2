using BenchmarkDotNet.Running;

namespace Concord.Benchmarks;

/// <summary>
/// Kernel benchmarks of the agreement metrics engine.
/// Run: <c>dotnet run -c Release --project bench/Concord.Benchmarks -- --filter '*'</c>.
/// The all-pairs benchmark reads the General Assembly matrix from <c>CONCORD_BENCH_DB</c>, or builds a database
/// from <c>../shared/data</c> (or <c>CONCORD_DATA</c>) into a temporary file once.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
