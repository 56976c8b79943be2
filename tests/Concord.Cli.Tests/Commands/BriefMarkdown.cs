using System.Collections.Concurrent;
using Concord.Cli;

namespace Concord.Tests.Commands;

/// <summary>Markdown briefs on the real record, each written once per test run and shared by the tests that read it
/// (a brief with its charts takes a second or two; several test classes read the same pairs).</summary>
internal static class BriefMarkdown
{
    private static readonly string s_dir = Directory.CreateTempSubdirectory("concord-briefs").FullName;

    private static readonly ConcurrentDictionary<string, Lazy<(string Path, string Text)>> s_briefs = new(StringComparer.Ordinal);

    /// <summary>The brief's text for <c>brief ARGS --format md</c>; its images are beside <see cref="PathOf"/>.</summary>
    public static string Of(params string[] args) => Get(args).Text;

    public static string PathOf(params string[] args) => Get(args).Path;

    private static (string Path, string Text) Get(string[] args) => s_briefs.GetOrAdd(string.Join(" ", args), key => new Lazy<(string, string)>(() =>
    {
        var path = Path.Combine(s_dir, string.Join("-", args).Replace('/', '_') + ".md");
        var err = new StringWriter();
        var code = ConcordApp.Run(["--db", RealDataDatabase.Instance.Path, "brief", .. args, "--format", "md", "--out", path], new StringWriter(), err);
        Assert.True(code == 0, $"brief {key}: {err}");
        return (path, File.ReadAllText(path));
    })).Value;
}
