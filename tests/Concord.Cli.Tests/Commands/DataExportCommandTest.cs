using System.Diagnostics;
using System.Globalization;
using Concord.Cli;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary>One export of the real record, shared by the tests of the class (they only read it) and removed after them.</summary>
public sealed class RealExport : IDisposable
{
    public RealExport()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"concord-export-{Guid.NewGuid():N}");
        var (code, _, err) = DataExportCommandTest.Run("data", "export", Folder);
        Assert.True(code == 0, err);
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary><c>concord data export</c> on the real record, and the README's R and Python snippets run on its output.</summary>
public sealed class DataExportCommandTest(RealExport export) : IClassFixture<RealExport>, IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"concord-readme-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Export_WritesEveryTable_AndAgreementByYear_AsAgreeComputesIt()
    {
        // Given the real record exported
        var folder = export.Folder;
        foreach (var t in DataExport.Tables)
        {
            Assert.True(File.Exists(Path.Combine(folder, t.Name + ".parquet")), t.Name);
        }

        // When China and Russia's 2019 agreement is read from the file and asked of the command
        using var duckdb = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        duckdb.Open();
        using var cmd = duckdb.CreateCommand();
        cmd.CommandText = $"SELECT count(*), max(CASE WHEN period = 2019 AND a = 'CHN' AND b = 'RUS' THEN agreement END) FROM read_parquet('{Path.Combine(folder, "agreement_by_year.parquet")}')";
        using var r = cmd.ExecuteReader();
        r.Read();
        var (code, csv, err) = Run("agree", "CHN", "RUS", "--from", "2019", "--to", "2019", "--format", "csv");
        Assert.True(code == 0, err);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split(','), "agreement");

        // Then every pair of every year is there, and the pair's figure is the command's
        Assert.True(r.GetInt64(0) > 900_000, $"{r.GetInt64(0)} rows");
        Assert.Equal(double.Parse(lines[1].Split(',')[column], CultureInfo.InvariantCulture), r.GetDouble(1), 6);
    }

    [SkippableFact]
    public void ReadmePythonSnippet_RunsOnTheExport()
    {
        Skip.IfNot(Succeeds("python3", "-c", "import duckdb, pandas, pyarrow"),
            "python3 with the duckdb, pandas and pyarrow modules is not installed here (the snippet needs them)");
        RunSnippet("python", "python3", "snippet.py", "\nprint(len(votes), len(agreement))\n");
    }

    [SkippableFact]
    public void ReadmeRSnippet_RunsOnTheExport()
    {
        Skip.IfNot(Succeeds("Rscript", "-e", "library(arrow); library(duckdb); library(DBI)"),
            "Rscript with the arrow, duckdb and DBI packages is not installed here (the snippet needs them)");
        RunSnippet("r", "Rscript", "snippet.R", "\ncat(nrow(votes), nrow(agreement), \"\\n\")\n");
    }

    /// <summary>Runs the README's code block of <paramref name="language"/> in a folder where <c>export/</c> is the export.</summary>
    private void RunSnippet(string language, string interpreter, string script, string tail)
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(CuratedFiles.PathOf("x"))!, "..", "..", "README.md"));
        var start = readme.IndexOf("```" + language + "\n", readme.IndexOf("## The data set", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {language} block under 'The data set'");
        start += language.Length + 4;
        var code = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        Directory.CreateDirectory(_scratch);
        Directory.CreateSymbolicLink(Path.Combine(_scratch, "export"), export.Folder);
        File.WriteAllText(Path.Combine(_scratch, script), code + tail);
        var (ok, output, error) = Execute(interpreter, _scratch, script);
        Assert.True(ok, output + error);
        var counts = output.Trim().Split('\n')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        Assert.True(counts[0] > 1_000_000 && counts[1] > 900_000, output);
    }

    private static bool Succeeds(string program, params string[] args)
    {
        try
        {
            return Execute(program, Path.GetTempPath(), args).Ok;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (bool Ok, string Output, string Error) Execute(string program, string directory, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode == 0, output.Result, error);
    }
}
