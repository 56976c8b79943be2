using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>Arguments mean what they say (issue 28): an empty value is refused, not read as the default; a pipe is no
/// database; a day after today is not answered; errors name the choices and never a type or a stack.</summary>
public sealed class ArgumentMeaningTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("concord-args").FullName;

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = ConcordApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--db")]
    [InlineData("--data")]
    public void AnEmptyPath_IsRefused_NotTakenForTheDefault(string option)
    {
        var (code, _, err) = Run("agree", "CHN", "RUS", option, "");
        Assert.Equal(2, code);
        Assert.Contains($"{option} is empty", err, StringComparison.Ordinal);
    }

    [Fact]
    public void APipeAsTheDatabase_IsRefusedAtOnce()
    {
        var fifo = Path.Combine(_dir, "db.duckdb");
        using (var mk = Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        var watch = Stopwatch.StartNew();
        var (code, _, err) = Run("agree", "CHN", "RUS", "--db", fifo);
        Assert.Equal(2, code);
        Assert.Contains("not a database file", err, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void MembersOnADayAfterToday_IsNotAnswered()
    {
        var (code, _, err) = CliRun.OnRealData("members", "SCO", "--on", "2099-01-01");
        Assert.Equal(2, code);
        Assert.Contains("is after today", err, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.OnRealData("members", "SCO", "--on", "2024-07-04").Code);
    }

    [Fact]
    public void AnUnknownFormat_NamesTheChoices_AndCaseDoesNotMatter()
    {
        var (code, output, err) = CliRun.OnRealData("agree", "CHN", "RUS", "--by", "all", "--format", "xml");
        Assert.NotEqual(0, code);
        Assert.Contains("--format must be table, csv or json (not 'xml')", output + err, StringComparison.Ordinal);
        Assert.DoesNotContain("OutputFormat", output + err, StringComparison.Ordinal);
        var csv = CliRun.OnRealData("agree", "CHN", "RUS", "--by", "all", "--format", "CSV");
        Assert.Equal(0, csv.Code);
        Assert.StartsWith("first_year,", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_WithNoAddress_OrOnABusyPort_SaysSoInOneLine()
    {
        Assert.Equal(2, CliRun.OnRealData("serve", "--urls", "").Code);

        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var (code, _, err) = CliRun.OnRealData("serve", "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(2, code);
        Assert.Contains("address already in use", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void APredecessorsSeat_IsNamedWithItsSuccessor_NotCalledEmpty()
    {
        var (code, _, err) = CliRun.OnRealData("agree", "SUN", "USA");
        Assert.Equal(2, code);
        Assert.Contains("its votes in the UN General Assembly are counted under RUS (Russian Federation)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("has no recorded votes", err, StringComparison.Ordinal);
        var own = CliRun.OnRealData("agree", "SUN", "USA", "--no-predecessors", "--by", "all", "--format", "csv");
        Assert.Equal(0, own.Code);
        var ideal = CliRun.OnRealData("ideal", "--states", "SUN");
        Assert.Contains("SUN has no ideal point of its own: its votes are counted under RUS", ideal.Out + ideal.Err, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
