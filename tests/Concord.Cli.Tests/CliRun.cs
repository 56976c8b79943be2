using Concord.Cli;

namespace Concord.Tests;

/// <summary>Runs the command line in process against the shared real-data database, capturing both streams.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) OnRealData(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
