using System.CommandLine;
using Concord.Analysis;
using Concord.Cli.Output;
using Concord.Domain;
using Concord.States;

namespace Concord.Cli.Commands;

/// <summary><c>concord agree A B</c>: how often two states voted alike, by year or over the period.</summary>
internal static class AgreeCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string>("a") { Description = "First state (code or name, e.g. CHN)." };
        var b = new Argument<string>("b") { Description = "Second state (e.g. RUS)." };
        var forum = new Option<string>("--forum") { Description = "ga (General Assembly, default) or sc (Security Council).", DefaultValueFactory = _ => "ga" };
        forum.AcceptOnlyFromAmong("ga", "sc");
        var from = new Option<int?>("--from") { Description = "First year (inclusive)." };
        var to = new Option<int?>("--to") { Description = "Last year (inclusive)." };
        var by = new Option<string>("--by") { Description = "year (default) or all (one figure for the period).", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("year", "all");
        var minN = new Option<int>("--min-n") { Description = "Fewest common votes for a value to be reported (default 10).", DefaultValueFactory = _ => 10 };
        var noPredecessors = new Option<bool>("--no-predecessors") { Description = "Count only the state's own votes (not, e.g., the USSR's for Russia)." };
        var format = CliContext.FormatOption();
        var cmd = new Command("agree", "How often two states voted alike (Voeten agreement: abstain = half) and the share of identical votes.")
        {
            a, b, forum, from, to, by, minN, noPredecessors, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var (fromYear, toYear) = (ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            Validate.Years(fromYear, toYear);
            var n = ctx.Parse.GetValue(minN);
            if (n is < 1 or > 10_000)
            {
                throw new ArgumentException("--min-n must be between 1 and 10000.");
            }

            var registry = StateRegistry.Default;
            var include = !ctx.Parse.GetValue(noPredecessors);
            var pa = Party.Of(registry, ctx.Parse.GetValue(a)!, include);
            var pb = Party.Of(registry, ctx.Parse.GetValue(b)!, include);
            var f = ForumCodes.Parse(ctx.Parse.GetValue(forum)!);
            using var db = ctx.OpenDatabase();
            var byYear = ctx.Parse.GetValue(by) == "year";
            var rows = SimpleAgreement.Run(db, pa, pb, f, fromYear, toYear, byYear, n);
            var table = new ResultTable($"Agreement of {pa.State.Name} and {pb.State.Name} in the {f.DisplayName()}", "period", "n", "agreement", "identical", "same", "opposite", "one_abstained");
            table.Fact("a", pa.Describe());
            table.Fact("b", pb.Describe());
            table.Fact("forum", f.Code());
            table.Fact("convention", "all recorded votes both cast; agreement = mean(1 - |x - y|), yes = 1, abstain = 0.5, no = 0; identical = share of identical votes");
            foreach (var r in rows)
            {
                table.Add(r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"{fromYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "first"}-{toYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "last"}", r.N, r.Agreement, r.Identical, r.Same, r.Opposite, r.OneAbstained);
            }

            if (rows.Any(r => r.Agreement is null))
            {
                table.Notes.Add($"Periods with fewer than {n} common votes have no value (n is shown).");
            }

            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }
}
