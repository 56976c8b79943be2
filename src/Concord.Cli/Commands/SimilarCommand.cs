using System.CommandLine;
using Concord.Analysis.Agreement;
using Concord.Cli.Output;
using Concord.Domain;
using Concord.States;

namespace Concord.Cli.Commands;

/// <summary><c>concord similar A</c>: the states that vote most and least like A (who votes like Russia on Ukraine?).</summary>
internal static class SimilarCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string>("a") { Description = "The state to compare everyone with (code or name)." };
        var year = new Option<int?>("--year") { Description = "One year (same as --from Y --to Y)." };
        var top = new Option<int>("--top") { Description = "How many of the most and of the least similar to list (default 10).", DefaultValueFactory = _ => 10 };
        var options = new AgreementOptions();
        var cmd = new Command("similar", "The states that vote most and least like A over a period.") { a, year, top };
        options.AddTo(cmd);
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var y = ctx.Parse.GetValue(year);
            var v = options.Read(ctx.Parse, allPairs: false);
            if (y is not null)
            {
                Validate.Years(y, y);
                v = v with { From = y, To = y };
            }

            v = v with { By = PeriodKind.All };
            var n = ctx.Parse.GetValue(top);
            if (n is < 1 or > 300)
            {
                throw new ArgumentException("--top must be between 1 and 300.");
            }

            var registry = StateRegistry.Default;
            var state = registry.Resolve(ctx.Parse.GetValue(a)!);
            using var db = ctx.OpenDatabase();
            var matrix = VoteMatrixLoader.Load(db, v.Forum, v.MergePredecessors);
            var periods = v.Periods(matrix);
            var metric = ctx.Parse.GetValue(options.Metric) is { } asked
                ? AgreementMetrics.Select(asked)[0]
                : AgreementMetrics.Column(v.Convention.HeadlineMeasure());
            var rows = AllPairsAgreement.OneAgainstAll(matrix, periods, matrix.RowOf(state.Code));
            var rules = v.Convention.CoincidenceRules(matrix, periods);
            var ranked = rows
                .Select(r => (State: matrix.States[r.B], r.Counts.N, Value: metric.Value(AgreementScores.From(r.Counts, v.MinN, rules[r.Period]))))
                .Where(r => r.Value is not null)
                .OrderByDescending(r => r.Value).ThenBy(r => r.State, StringComparer.Ordinal)
                .ToList();
            var table = new ResultTable($"States voting most and least like {state.Name} in the {v.Forum.DisplayName()}", "rank", "state", "name", "n", metric.Column, "group");
            table.Fact("a", AgreeCommand.Describe(registry, state.Code, v.MergePredecessors));
            v.Describe(table);
            table.Fact("period", periods.Count > 0 ? periods[0].Label : "none");
            for (var i = 0; i < ranked.Count; i++)
            {
                var most = i < n;
                var least = i >= ranked.Count - n;
                if (most || least)
                {
                    var r = ranked[i];
                    table.Add(i + 1, r.State, registry.IsKnownCode(r.State) ? registry[r.State].Name : r.State, r.N, r.Value, most ? "most similar" : "least similar");
                }
            }

            table.Notes.Add($"{ranked.Count} states compared; states with fewer than {v.MinN} common votes are left out.");
            ctx.Write(table, options.Format);
            return 0;
        }));
        return cmd;
    }
}
