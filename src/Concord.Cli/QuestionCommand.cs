using System.CommandLine;
using Concord.Cli.Output;
using Concord.Questions;

namespace Concord.Cli;

/// <summary>A <see cref="Question"/> as a command: its parameters as arguments and options, their text handed to the
/// question unparsed (one parser for both shells), the answer written as a table, CSV or JSON.</summary>
internal static class QuestionCommand
{
    /// <param name="extra">Options only the command line has (they are read by <paramref name="before"/>).</param>
    /// <param name="before">Runs first; returns an exit code to answer the command itself (e.g. <c>agree --all</c> streaming
    /// its CSV), or null to ask the question.</param>
    public static Command Build(Question question, TextWriter stdout, TextWriter stderr, Option[]? extra = null, Func<CliContext, QuestionArgs, int?>? before = null)
    {
        var cmd = new Command(question.Name, question.Summary);
        var read = AddParameters(cmd, question.Parameters);
        foreach (var o in extra ?? [])
        {
            cmd.Options.Add(o);
        }

        var format = CliContext.FormatOption();
        cmd.Options.Add(format);
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var args = read(ctx.Parse);
            if (before?.Invoke(ctx, args) is { } code)
            {
                return code;
            }

            using var record = ctx.OpenRecord();
            ctx.Write(question.Ask(record, args), format);
            return 0;
        }));
        return cmd;
    }

    /// <summary>Adds the parameters to the command as arguments and options, and returns how to read their text back
    /// from a parse (flags as "true"), for <see cref="QuestionArgs"/> to check.</summary>
    public static Func<ParseResult, QuestionArgs> AddParameters(Command cmd, IReadOnlyList<ParameterSpec> parameters)
    {
        var readers = new List<(string Name, Func<ParseResult, string?> Read)>();
        foreach (var spec in parameters)
        {
            if (spec.Positional)
            {
                var argument = new Argument<string?>(spec.Name) { Description = spec.Description, Arity = ArgumentArity.ZeroOrOne };
                cmd.Arguments.Add(argument);
                readers.Add((spec.Name, p => p.GetValue(argument)));
            }
            else if (spec.Flag)
            {
                var flag = new Option<bool>("--" + spec.Name) { Description = spec.Description };
                cmd.Options.Add(flag);
                readers.Add((spec.Name, p => p.GetValue(flag) ? "true" : null));
            }
            else
            {
                var option = new Option<string?>("--" + spec.Name) { Description = spec.Description, HelpName = spec.Choices is null ? null : string.Join("|", spec.Choices) };
                cmd.Options.Add(option);
                readers.Add((spec.Name, p => p.GetValue(option)));
            }
        }

        return parse => new QuestionArgs(readers.ToDictionary(r => r.Name, r => r.Read(parse), StringComparer.Ordinal));
    }
}
