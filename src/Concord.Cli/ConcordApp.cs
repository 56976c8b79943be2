using System.CommandLine;
using Concord.Cli.Commands;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Catalog;
using Concord.Sources;
using Concord.States;

namespace Concord.Cli;

/// <summary>The <c>concord</c> command line: every command, and one place that turns errors into messages.</summary>
public static class ConcordApp
{
    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Concord: how states cooperate in multilateral forums, measured from the UN record.");
        root.Options.Add(CliContext.DbOption);
        root.Options.Add(CliContext.DataOption);
        root.Subcommands.Add(DataCommands.Build(stdout, stderr));
        // Every question is a command; the three with options only the command line has (agree --all, ideal --refit,
        // issues --evaluate) wrap theirs, the rest are built from the question alone.
        var wrapped = new Dictionary<Question, Func<TextWriter, TextWriter, Command>>
        {
            [QuestionCatalog.Agree] = AgreeCommand.Build,
            [QuestionCatalog.Ideal] = IdealRefit.Build,
            [QuestionCatalog.Issues] = IssuesEvaluate.Build,
        };
        foreach (var question in QuestionCatalog.All)
        {
            root.Subcommands.Add(wrapped.TryGetValue(question, out var build) ? build(stdout, stderr) : QuestionCommand.Build(question, stdout, stderr));
        }

        root.Subcommands.Add(BriefCommand.Build(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Build(stdout, stderr));
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is Questions.QuestionRefusal or UserFacingException or Store.SyncRefusedException or MalformedSourceException or UnknownStateException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            stderr.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CONCORD_DEBUG") is null)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("(an unexpected error: set CONCORD_DEBUG=1 to see where it happened)");
            return 1;
        }
    }

    /// <summary>Wraps a command body so it sees a <see cref="CliContext"/>.</summary>
    internal static Func<ParseResult, int> Action(TextWriter stdout, TextWriter stderr, Func<CliContext, int> body) =>
        parse => body(new CliContext(parse, stdout, stderr));
}
