using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>Errors say what is wrong, where, and what to do; what the user typed is echoed cut and escaped.</summary>
public sealed class MessagesTest : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"concord-messages-{Guid.NewGuid():N}");

    public MessagesTest() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void UnknownState_Of100kB_WithControlBytes_IsEchoedCutAndEscaped()
    {
        // Given a 100 kB argument that starts with a terminal escape sequence
        var argument = "\u001b[31mRED" + new string('x', 100_000);

        // When it is given as a state
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, _, err) = CliRun.OnRealData("agree", argument, "RUS");

        // Then the message is one short line with the escape shown as text, the length said, and no closest-match search
        Assert.Equal(2, code);
        Assert.True(err.Length < 400, $"{err.Length} characters");
        Assert.DoesNotContain('\u001b', err);
        Assert.Contains("\\u001B[31mRED", err);
        Assert.Contains($"{argument.Length:N0} characters", err);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed}");
    }

    [Fact]
    public void ACorruptDatabase_SaysToRunDataSync()
    {
        // Given a file with DuckDB's header and garbage after it
        var db = Path.Combine(_dir, "concord.duckdb");
        var bytes = File.ReadAllBytes(RealDataDatabase.Instance.Path)[..8192];
        Array.Fill(bytes, (byte)0x33, 64, 8000);
        File.WriteAllBytes(db, bytes);

        // When a query opens it
        var (code, _, err) = Run("--db", db, "show", "A/RES/68/262");

        // Then the message names the file and the repair, not the engine's exception
        Assert.Equal(2, code);
        Assert.Contains(db, err);
        Assert.Contains("run 'concord data sync'", err, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DuckDBException", err);
    }

    [Fact]
    public void ADirectoryGivenAsTheDatabase_IsNamedAsADirectory()
    {
        // Given a directory where the database file belongs
        var (code, _, err) = Run("--db", _dir, "data", "status");

        // Then it is called a directory, not "missing"
        Assert.Equal(2, code);
        Assert.Contains("is a directory", err);
    }

    [Fact]
    public void DataSync_OverATextFile_RefusesAndLeavesIt()
    {
        // Given a text file given as --db
        var notes = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(notes, "my notes\n");

        // When a sync is pointed at it
        var (code, _, err) = Run("--db", notes, "--data", RealDataDatabase.Instance.DataDir, "data", "sync");

        // Then it is refused and the file kept
        Assert.Equal(2, code);
        Assert.Contains("not a Concord database", err);
        Assert.Equal("my notes\n", File.ReadAllText(notes));
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ConcordApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
