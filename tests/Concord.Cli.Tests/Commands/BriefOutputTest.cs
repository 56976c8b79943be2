using System.Diagnostics;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>The brief's files are outputs to guard (issue 28): nothing Concord did not write is replaced, nothing is
/// written through a link, and every file written is listed.</summary>
public sealed class BriefOutputTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("concord-brief-out").FullName;

    private static (int Code, string Err) Brief(params string[] args)
    {
        var err = new StringWriter();
        var code = ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "brief", "CHN", "RUS", "--from", "2020", .. args], new StringWriter(), err);
        return (code, err.ToString());
    }

    [Fact]
    public void TheDatabase_IsNeverTheBrief()
    {
        var before = File.GetLastWriteTimeUtc(RealDataDatabase.Instance.Path);
        var (code, err) = Brief("--out", RealDataDatabase.Instance.Path);
        Assert.Equal(2, code);
        Assert.Contains("is the database", err, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(RealDataDatabase.Instance.Path));
    }

    [Fact]
    public void AFileConcordDidNotWrite_ALinkOrAPipe_IsLeftAsItIs()
    {
        var notes = Path.Combine(_dir, "notes.html");
        File.WriteAllText(notes, "my notes");
        Assert.Equal(2, Brief("--out", notes).Code);
        Assert.Equal("my notes", File.ReadAllText(notes));

        var link = Path.Combine(_dir, "link.html");
        File.CreateSymbolicLink(link, notes);
        var (code, err) = Brief("--out", link);
        Assert.Equal(2, code);
        Assert.Contains("symbolic link", err, StringComparison.Ordinal);
        Assert.Equal("my notes", File.ReadAllText(notes));

        var fifo = Path.Combine(_dir, "pipe.html");
        using (var mk = Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        Assert.Equal(2, Brief("--out", fifo).Code);
        Assert.Equal(2, Brief("--out", "").Code);
    }

    [Fact]
    public void ABriefIsReplaced_AndMarkdownListsAndGuardsItsImages()
    {
        var html = Path.Combine(_dir, "brief.html");
        Assert.Equal(0, Brief("--out", html).Code);
        Assert.Equal(0, Brief("--out", html).Code);
        Assert.Empty(Directory.GetFiles(_dir, ".*tmp-*"));

        // An image name already taken by a file Concord did not write: refused, both left alone
        var md = Path.Combine(_dir, "b.md");
        var taken = Path.Combine(_dir, "b-ga-agreement.png");
        File.WriteAllText(taken, "a photo");
        Assert.Equal(2, Brief("--format", "md", "--out", md).Code);
        Assert.Equal("a photo", File.ReadAllText(taken));
        Assert.False(File.Exists(md));
        File.Delete(taken);

        // An image name that is a link: refused, its target untouched
        var elsewhere = Path.Combine(_dir, "elsewhere.txt");
        File.WriteAllText(elsewhere, "keep");
        File.CreateSymbolicLink(taken, elsewhere);
        Assert.Equal(2, Brief("--format", "md", "--out", md).Code);
        Assert.Equal("keep", File.ReadAllText(elsewhere));
        File.Delete(taken);

        // Written: the brief and every image, each listed
        var (code, err) = Brief("--format", "md", "--out", md);
        Assert.Equal(0, code);
        var listed = err[(err.IndexOf("beside it: ", StringComparison.Ordinal) + "beside it: ".Length)..].Trim().Split(", ");
        Assert.Equal(Directory.GetFiles(_dir, "b-*").Select(Path.GetFileName).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.EndsWith("<!-- written by concord brief -->\n", File.ReadAllText(md), StringComparison.Ordinal);

        // And a second run replaces the brief and its images, which were Concord's
        Assert.Equal(0, Brief("--format", "md", "--out", md).Code);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
