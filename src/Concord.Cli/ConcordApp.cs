using System.CommandLine;
using Concord.Cli.Commands;
using Concord.Queries;
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
        root.Subcommands.Add(QuestionCommand.Build(Questions.Show, stdout, stderr));
        root.Subcommands.Add(AgreeCommand.Build(stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Similar, stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Diverge, stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Between, stdout, stderr));
        root.Subcommands.Add(IssuesEvaluate.Build(stdout, stderr));
        root.Subcommands.Add(BriefCommand.Build(stdout, stderr));
        root.Subcommands.Add(IdealRefit.Build(stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Vetoes, stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Sc, stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Members, stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Events, stdout, stderr));
        root.Subcommands.Add(QuestionCommand.Build(Questions.Declarations, stdout, stderr));
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
        catch (Exception e) when (e is Queries.QueryRefusal or UserFacingException or Sync.SyncRefusedException or MalformedSourceException or UnknownStateException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            stderr.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CONCORD_DEBUG") is null)
        {
            stderr.WriteLine($"error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("(set CONCORD_DEBUG=1 to see the stack trace)");
            return 1;
        }
    }

    /// <summary>Wraps a command body so it sees a <see cref="CliContext"/>.</summary>
    internal static Func<ParseResult, int> Action(TextWriter stdout, TextWriter stderr, Func<CliContext, int> body) =>
        parse => body(new CliContext(parse, stdout, stderr));
}
