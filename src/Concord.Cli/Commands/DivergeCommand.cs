using System.CommandLine;
using Concord.Analysis.Agreement;
using Concord.Analysis.Divergence;
using Concord.Cli.Output;
using Concord.Domain;
using Concord.States;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord diverge A B</c>: the decisions where two usually-aligned states split, ranked, with who each sided with.</summary>
internal static class DivergeCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string>("a") { Description = "First state (code or name)." };
        var b = new Argument<string>("b") { Description = "Second state." };
        var forum = new Option<string>("--forum") { Description = "ga (default) or sc.", DefaultValueFactory = _ => "ga" };
        forum.AcceptOnlyFromAmong("ga", "sc");
        var issue = AgreementOptions.IssueOption();
        var from = new Option<int?>("--from") { Description = "First year (inclusive)." };
        var to = new Option<int?>("--to") { Description = "Last year (inclusive)." };
        var top = new Option<int>("--top") { Description = "How many divergences to list (default 25).", DefaultValueFactory = _ => 25 };
        var explain = new Option<bool>("--explain") { Description = "Per issue area: their agreement, how often they split, and with whom each sided when they did." };
        var format = CliContext.FormatOption();
        var cmd = new Command("diverge", "Where two states voted differently: opposite votes first, then one abstaining, the most contested first.")
        {
            a, b, forum, issue, from, to, top, explain, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var (fromYear, toYear) = (ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            Validate.Years(fromYear, toYear);
            var n = ctx.Parse.GetValue(top);
            if (n is < 1 or > 1000)
            {
                throw new ArgumentException("--top must be between 1 and 1000.");
            }

            var registry = StateRegistry.Default;
            var sa = registry.Resolve(ctx.Parse.GetValue(a)!);
            var sb = registry.Resolve(ctx.Parse.GetValue(b)!);
            var f = ForumCodes.Parse(ctx.Parse.GetValue(forum)!);
            var issueFilter = IssueSets.ParseOrNone(ctx.Parse.GetValue(issue));
            using var db = ctx.OpenDatabase();
            var matrix = VoteMatrixLoader.Load(db, f);
            var rowA = matrix.RowOf(sa.Code);
            var rowB = matrix.RowOf(sb.Code);
            bool Include(MatrixDecision d) => (fromYear is null || d.Year >= fromYear) && (toYear is null || d.Year <= toYear) && d.IsIn(issueFilter);
            var splits = DivergenceFinder.Find(matrix, rowA, rowB, Include);

            if (ctx.Parse.GetValue(explain))
            {
                ctx.Write(Explain(matrix, rowA, rowB, sa.Code, sb.Code, splits, Include, f), format);
                return 0;
            }

            var shown = splits.Take(n).ToList();
            var summaries = DecisionSummaryQuery.ByIds(db, shown.Select(d => d.Decision.DecisionId));
            var table = new ResultTable($"Where {sa.Name} and {sb.Name} split in the {f.DisplayName()}", "rank", "date", "symbol", "title", "issues", sa.Code, sb.Code, "split", "tally", "contested");
            for (var k = 0; k < shown.Count; k++)
            {
                var d = shown[k];
                var s = summaries.GetValueOrDefault(d.Decision.DecisionId);
                table.Add(k + 1, d.Decision.Date, s?.Symbol, s?.Title ?? s?.AgendaItem, IssueSets.Codes(d.Decision.Issues, " "), d.A.Label(), d.B.Label(), d.Opposite ? "opposite" : "one abstained", d.Tally.ToString(), d.Contestedness);
            }

            var periods = Periods.Build(matrix, PeriodKind.All, Include, fromYear, toYear);
            var counts = periods.Count == 0 ? default : AllPairsAgreement.OnePair(matrix, periods, rowA, rowB)[0];
            table.Fact("common_votes", counts.N);
            table.Fact("splits", $"{splits.Count} ({splits.Count(d => d.Opposite)} opposite, {splits.Count(d => !d.Opposite)} one abstained)");
            table.Fact("agreement", AgreementScores.From(counts, 1).Agreement);
            table.Fact("by_issue", IssueSets.All.Select(x => $"{x.Code}: {splits.Count(d => (d.Decision.Issues & x.Flag) != 0)} splits").ToList());
            table.Notes.Add("Ranked: opposite votes first, then one abstaining; within each, the more divided the whole body (contested = 1 - |yes - no| / all votes), the higher. Issue codes are the unvotes areas (to 2019).");
            if (splits.Count > n)
            {
                table.Notes.Add($"{splits.Count - n} more splits not listed (--top).");
            }

            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    /// <summary>Areas with fewer common votes than this have an agreement in the table but are not ranked highest or lowest.</summary>
    private const int MinVotesToRank = 30;

    private static ResultTable Explain(VoteMatrix matrix, int rowA, int rowB, string a, string b, IReadOnlyList<Divergence> splits, Func<MatrixDecision, bool> include, Forum forum)
    {
        var table = new ResultTable($"{a} and {b} by issue area in the {forum.DisplayName()}", "issue", "common_votes", "agreement", "splits", "opposite", $"most_with_{a}", $"most_with_{b}");
        var areas = new List<(string Code, Func<MatrixDecision, bool> Filter)> { ("all", _ => true) };
        areas.AddRange(IssueSets.All.Select(x => (x.Code, (Func<MatrixDecision, bool>)(d => d.IsIn(x.Flag)))));
        var scored = new List<(string Code, double Agreement, long N)>();
        foreach (var (code, filter) in areas)
        {
            var periods = Periods.Build(matrix, PeriodKind.All, d => include(d) && filter(d));
            var counts = periods.Count == 0 ? default : AllPairsAgreement.OnePair(matrix, periods, rowA, rowB)[0];
            var here = splits.Where(d => filter(d.Decision)).ToList();
            var (withA, withB) = DivergenceFinder.Sides(matrix, rowA, rowB, here);
            var agreement = AgreementScores.From(counts, 10).Agreement;
            if (code != "all" && agreement is { } value && counts.N >= MinVotesToRank)
            {
                scored.Add((code, value, counts.N));
            }

            table.Add(code, counts.N, agreement, here.Count, here.Count(d => d.Opposite),
                string.Join(" ", withA.Take(5).Select(x => $"{x.State}:{x.Times}")), string.Join(" ", withB.Take(5).Select(x => $"{x.State}:{x.Times}")));
        }

        if (scored.Count > 0)
        {
            // The answer the table is read for: where the two agree most and least (areas with enough votes to be a pattern).
            var ranked = scored.OrderByDescending(x => x.Agreement).ToList();
            table.Fact("highest_agreement", string.Join(", ", ranked.Take(3).Select(x => $"{x.Code} {x.Agreement:0.000} (n={x.N})")));
            table.Fact("lowest_agreement", string.Join(", ", ranked.AsEnumerable().Reverse().Take(3).Select(x => $"{x.Code} {x.Agreement:0.000} (n={x.N})")));
        }

        table.Notes.Add("most_with_X: the states that voted as X did (and not as the other) on the decisions where the two split, with how often.");
        return table;
    }
}
