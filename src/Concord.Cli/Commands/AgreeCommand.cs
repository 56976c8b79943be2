using System.CommandLine;
using Concord.Analysis.Agreement;
using Concord.Cli.Output;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Agreement;

namespace Concord.Cli.Commands;

/// <summary><c>concord agree A B</c> (the agree question) and <c>concord agree --all</c>: every pair, streamed as CSV.</summary>
internal static class AgreeCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var all = new Option<bool>("--all") { Description = "Every pair of states, long format (period, a, b, n, measures)." };
        return QuestionCommand.Build(new AgreeQuestion(), stdout, stderr, [all], (ctx, args) =>
        {
            if (!ctx.Parse.GetValue(all))
            {
                return null;
            }

            if (args.Has("a") || args.Has("b") || args.Has("with") || args.Flag("ideal"))
            {
                throw new QuestionRefusal("all", "Give two states (concord agree CHN RUS) or --all, not both.");
            }

            var timing = Timing.Start(ctx.Err);
            using var record = ctx.OpenRecord();
            timing.Step("open database");
            var frame = AgreementFrame.Read(args, record, allPairs: true);
            timing.Step("read the frame");
            var matrix = record.Matrix(frame.Forum, frame.MergePredecessors);
            timing.Step("load vote matrix");
            WriteAllPairs(ctx, ctx.Parse.GetValue<OutputFormat>("--format"), frame, matrix, frame.Periods(record), frame.Measures);
            timing.Step("compute and write all pairs");
            return 0;
        });
    }

    private static void WriteAllPairs(CliContext ctx, OutputFormat format, AgreementFrame v, VoteMatrix matrix, IReadOnlyList<Period> periods, (string Column, Func<AgreementScores, double?> Value)[] metrics)
    {
        if (format == OutputFormat.Csv && ctx.Out == Console.Out)
        {
            using var stdout = Console.OpenStandardOutput();
            AllPairsCsvWriter.Write(stdout, matrix, periods, metrics, v.MinN, v.Convention.CoincidenceRules(matrix, periods));
            return;
        }

        if (format == OutputFormat.Csv)
        {
            using var memory = new MemoryStream();
            AllPairsCsvWriter.Write(memory, matrix, periods, metrics, v.MinN, v.Convention.CoincidenceRules(matrix, periods));
            ctx.Out.Write(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
            return;
        }

        var rows = AllPairsAgreement.Compute(matrix, periods);
        var rules = v.Convention.CoincidenceRules(matrix, periods);
        const int TableLimit = 200;
        var columns = new List<string> { "period", "a", "b", "n" };
        columns.AddRange(metrics.Select(m => m.Column));
        var table = new ResultTable($"Agreement of every pair in the {v.Forum.DisplayName()}", [.. columns]);
        v.Describe(table);
        table.Fact("pairs", rows.Length);
        var shown = format == OutputFormat.Table ? Math.Min(TableLimit, rows.Length) : rows.Length;
        for (var i = 0; i < shown; i++)
        {
            var r = rows[i];
            var s = AgreementScores.From(r.Counts, v.MinN, rules[r.Period]);
            var row = new List<object?> { periods[r.Period].Label, matrix.States[r.A], matrix.States[r.B], r.Counts.N };
            row.AddRange(metrics.Select(m => (object?)m.Value(s)));
            table.Add([.. row]);
        }

        if (shown < rows.Length)
        {
            table.Notes.Add($"First {shown} of {rows.Length:N0} rows shown; use --format csv for all of them.");
        }

        ctx.Write(table, format);
    }
}
