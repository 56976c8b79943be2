using System.CommandLine;
using Concord.Cli.Output;
using Concord.Queries;

namespace Concord.Cli;

/// <summary>A <see cref="Question"/> as a command: its parameters as arguments and options, their text handed to the
/// question unparsed (one parser for both shells), the answer written as a table, CSV or JSON.</summary>
internal static class QuestionCommand
{
    /// <param name="extra">Options only the command line has (they are read by <paramref name="before"/>).</param>
    /// <param name="before">Runs first; returns an exit code to answer the command itself (e.g. <c>agree --all</c> streaming
    /// its CSV), or null to ask the question.</param>
    public static Command Build(Question question, TextWriter stdout, TextWriter stderr, Option[]? extra = null, Func<CliContext, QueryArgs, int?>? before = null)
    {
        var cmd = new Command(question.Name, question.Summary);
        var arguments = new List<(string Name, Argument<string?> Argument)>();
        var options = new List<(ParameterSpec Spec, Option Option)>();
        foreach (var spec in question.Parameters)
        {
            if (spec.Positional)
            {
                var argument = new Argument<string?>(spec.Name) { Description = spec.Description, Arity = ArgumentArity.ZeroOrOne };
                cmd.Arguments.Add(argument);
                arguments.Add((spec.Name, argument));
            }
            else
            {
                Option option = spec.Flag
                    ? new Option<bool>("--" + spec.Name) { Description = spec.Description }
                    : new Option<string?>("--" + spec.Name) { Description = spec.Description, HelpName = spec.Choices is null ? null : string.Join("|", spec.Choices) };
                cmd.Options.Add(option);
                options.Add((spec, option));
            }
        }

        foreach (var o in extra ?? [])
        {
            cmd.Options.Add(o);
        }

        var format = CliContext.FormatOption();
        cmd.Options.Add(format);
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, argument) in arguments)
            {
                values[name] = ctx.Parse.GetValue(argument);
            }

            foreach (var (spec, option) in options)
            {
                values[spec.Name] = option is Option<bool> flag
                    ? (ctx.Parse.GetValue(flag) ? "true" : null)
                    : ctx.Parse.GetValue((Option<string?>)option);
            }

            var args = new QueryArgs(values);
            if (before?.Invoke(ctx, args) is { } code)
            {
                return code;
            }

            using var source = ctx.OpenSource();
            ctx.Write(question.Ask(source, args), format);
            return 0;
        }));
        return cmd;
    }
}
