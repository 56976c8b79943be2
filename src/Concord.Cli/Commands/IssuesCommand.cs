using System.CommandLine;
using Concord.Analysis.Agreement;
using Concord.Cli.Output;
using Concord.Issues;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord issues [--evaluate]</c>: the issue areas and how many decisions each holds, or how well the rules agree with the <c>unvotes</c> codes.</summary>
internal static class IssuesCommand
{
    /// <summary>Rules are tuned on the sessions before this one and scored on it and the later sessions the gold covers.</summary>
    public const int FirstHeldBackSession = 60;

    public const int LastGoldSession = 74;

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var evaluate = new Option<bool>("--evaluate") { Description = "Precision, recall and F1 of the rules against the unvotes issue codes: tuning sessions 1-59 and held-back sessions 60-74." };
        var format = CliContext.FormatOption();
        var cmd = new Command("issues", "The issue areas (codes for --issue), with the number of decisions in each; --evaluate scores the rules.") { evaluate, format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            using var db = ctx.OpenDatabase();
            ctx.Write(ctx.Parse.GetValue(evaluate) ? Evaluation(db) : Areas(db), format);
            return 0;
        }));
        return cmd;
    }

    private static ResultTable Areas(ConcordDatabase db)
    {
        var counts = IssueQuery.ByArea(db);
        var table = new ResultTable("Issue areas", "area", "name", "ga_decisions", "sc_decisions", "rules");
        foreach (var (flag, code, name) in IssueSets.All)
        {
            counts.TryGetValue((code, "ga"), out var ga);
            counts.TryGetValue((code, "sc"), out var sc);
            var rules = IssueClassifier.Default.Rules.Count(r => r.Area == flag);
            table.Add(code, name, ga, sc, rules);
        }

        table.Notes.Add("Areas come from the rules in Reference/issue_rules.csv; `concord show SYMBOL` says which rule put a decision in an area.");
        return table;
    }

    private static ResultTable Evaluation(ConcordDatabase db)
    {
        var items = IssueQuery.AgainstUnvotes(db);
        var table = new ResultTable("Issue-area rules against the unvotes issue codes", "sessions", "area", "precision", "recall", "f1", "true_pos", "false_pos", "false_neg");
        foreach (var (label, from, to) in new[] { ("1-59 (tuning)", 1, FirstHeldBackSession - 1), ($"{FirstHeldBackSession}-{LastGoldSession} (held back)", FirstHeldBackSession, LastGoldSession) })
        {
            foreach (var s in IssueEvaluation.Evaluate(items, IssueSets.Unvotes, from, to))
            {
                table.Add(label, s.Area, Round(s.Precision), Round(s.Recall), Round(s.F1), s.TruePositives, s.FalsePositives, s.FalseNegatives);
            }
        }

        table.Fact("roll_calls", items.Count);
        return table;
    }

    private static double? Round(double? x) => x is { } v ? Math.Round(v, 3) : null;
}
