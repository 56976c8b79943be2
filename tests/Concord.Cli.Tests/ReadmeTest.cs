using Concord.Cli;

namespace Concord.Tests;

/// <summary>The README's sample outputs are what the commands print, so the README cannot drift from the program.</summary>
public sealed class ReadmeTest
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root not found");
    }

    private static string Run(params string[] args)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, .. args], stdout, new StringWriter()));
        return stdout.ToString();
    }

    [Fact]
    public void AgreeSample_RowsAreWhatTheCommandPrints()
    {
        // Given the README's table rows for 2019-2024 (period, n, agreement, ...)
        var rows = s_readme.Split('\n').Where(l => l.StartsWith("│ 20", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, rows.Count);

        // When the command is run as the README shows it
        var output = Run("agree", "CHN", "RUS", "--from", "2019", "--to", "2024");

        // Then every sample row is in the output
        foreach (var row in rows)
        {
            Assert.Contains(row.TrimEnd(), output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IdealSample_LinesAreWhatTheCommandPrints()
    {
        const string Command = "$ ./concord ideal --states CHN,RUS,USA,IND --from 2022 --to 2024 --format csv";
        var start = s_readme.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0);
        var block = s_readme[start..s_readme.IndexOf("```", start, StringComparison.Ordinal)].Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(13, block.Count);
        Assert.Equal(block, Run("ideal", "--states", "CHN,RUS,USA,IND", "--from", "2022", "--to", "2024", "--format", "csv").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void VetoesSample_LinesAreWhatTheCommandPrints()
    {
        var start = s_readme.IndexOf("$ ./concord vetoes --by CHN,RUS --joint --format csv | cut -d, -f1-7", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var block = s_readme[start..s_readme.IndexOf("```", start, StringComparison.Ordinal)].Split('\n').Skip(1)
            .Where(l => l.Length > 0 && l != "...").ToList();
        var actual = Run("vetoes", "--by", "CHN,RUS", "--joint", "--format", "csv").Split('\n')
            .Select(l => string.Join(",", l.Split(',').Take(7))).ToHashSet();
        Assert.True(block.Count >= 8);
        Assert.All(block, line => Assert.Contains(line, actual));
    }

    [Fact]
    public void BriefFirstPage_IsWhatTheBriefSays()
    {
        // Given the README's first page of the default brief
        var start = s_readme.IndexOf("```markdown\n", StringComparison.Ordinal);
        Assert.True(start >= 0);
        start += "```markdown\n".Length;
        var shown = s_readme[start..s_readme.IndexOf("```", start, StringComparison.Ordinal)].Trim();

        // When the brief is written as Markdown
        var path = Path.Combine(Path.GetTempPath(), $"concord-readme-brief-{Guid.NewGuid():N}", "brief.md");
        Assert.Equal(0, ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "brief", "--format", "md", "--out", path], new StringWriter(), new StringWriter()));
        var md = File.ReadAllText(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

        // Then the README shows its first page (after the title) word for word
        var first = md[..md.IndexOf("\n---\n", StringComparison.Ordinal)];
        Assert.Equal(first[(first.IndexOf('\n') + 1)..].Trim(), shown);
    }

    [Fact]
    public void ExercisesByYearSample_IsWhatTheCommandPrints()
    {
        const string command = "$ ./concord events --between CHN,RUS --type exercise --by year --from 2016 --to 2025 --format csv | cut -d, -f1-4";
        var start = s_readme.IndexOf(command, StringComparison.Ordinal);
        Assert.True(start >= 0);
        var block = s_readme[start..s_readme.IndexOf("```", start, StringComparison.Ordinal)].Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
        var actual = Run("events", "--between", "CHN,RUS", "--type", "exercise", "--by", "year", "--from", "2016", "--to", "2025", "--format", "csv")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(",", l.Split(',').Take(4))).ToList();
        Assert.Equal(block, actual);
    }
}
