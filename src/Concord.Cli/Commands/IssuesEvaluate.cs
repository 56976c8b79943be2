using System.CommandLine;
using Concord.Cli.Output;
using Concord.Questions.Catalog;
using Concord.Questions.Issues;

namespace Concord.Cli.Commands;

/// <summary>The command line's own part of <c>concord issues</c> (the question is <see cref="IssuesQuestion"/>): <c>--evaluate</c>,
/// which reads the hand labels from the data folder, a folder only the command line has.</summary>
internal static class IssuesEvaluate
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var evaluate = new Option<bool>("--evaluate")
        {
            Description = "Precision, recall and F1 per area: against the hand-labelled development set (sessions 74-80) and against the unvotes issue codes (tuning sessions 1-59, held-back 60-74).",
        };
        return QuestionCommand.Build(QuestionCatalog.Issues, stdout, stderr, [evaluate], (ctx, _) =>
        {
            if (!ctx.Parse.GetValue(evaluate))
            {
                return null;
            }

            using var db = ctx.OpenDatabase();
            ctx.Write(IssuesQuestion.Evaluation(db, ctx.RequireDataDirectory()), ctx.Parse.GetValue<OutputFormat>("--format"));
            return 0;
        });
    }
}
