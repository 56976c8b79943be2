using System.CommandLine;
using Concord.Analysis.Agreement;
using Concord.Analysis.IdealPoints;
using Concord.Cli.Output;
using Concord.Domain;
using Concord.States;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord agree A B</c> and <c>concord agree --all</c>: how alike states vote, by the literature's measures.</summary>
internal static class AgreeCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string?>("a") { Description = "First state (code or name, e.g. CHN).", Arity = ArgumentArity.ZeroOrOne };
        var b = new Argument<string?>("b") { Description = "Second state (e.g. RUS).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every pair of states, long format (period, a, b, n, measures)." };
        var with = new Option<string?>("--with") { Description = "Compare A with a group's majority position instead of a second state: EU, P5, SCO, BRICS, EAS, CSTO (full members as of each vote's date)." };
        var ideal = new Option<bool>("--ideal") { Description = "Add ideal_distance: |difference| of the two states' dynamic ideal points (General Assembly, by year or session; see concord ideal)." };
        var options = new AgreementOptions();
        var cmd = new Command("agree", "How alike two states (or all pairs) voted: agreement, identical share, S, kappa, pi, coincidence.") { a, b, all, with, ideal };
        options.AddTo(cmd);
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var allPairs = ctx.Parse.GetValue(all);
            var v = options.Read(ctx.Parse, allPairs);
            var (sa, sb) = (ctx.Parse.GetValue(a), ctx.Parse.GetValue(b) ?? ctx.Parse.GetValue(with));
            if (allPairs != (sa is null && sb is null) || (!allPairs && (sa is null || sb is null)))
            {
                throw new ArgumentException("Give two states (concord agree CHN RUS) or --all, not both.");
            }

            var timing = Timing.Start(ctx.Err);

            var wantIdeal = ctx.Parse.GetValue(ideal);
            const string IdealNeeds = "--ideal needs two states in the General Assembly, by year or by session.";
            if (wantIdeal && (allPairs || v.Forum != Forum.GeneralAssembly || v.By is not (PeriodKind.Year or PeriodKind.Session) || ctx.Parse.GetValue(with) is not null))
            {
                throw new ArgumentException(IdealNeeds);
            }

            // Before the database is opened here: a first fit is cached, which needs the file to itself.
            var idealPoints = wantIdeal ? IdealCommand.Load(ctx, refit: false) : null;
            using var db = ctx.OpenDatabase();
            timing.Step("open database");
            var matrix = VoteMatrixLoader.Load(db, v.Forum, v.MergePredecessors);
            timing.Step("load vote matrix");
            var periods = v.Periods(matrix);
            var metrics = AgreementMetrics.Select(v.Metric);
            if (allPairs)
            {
                WriteAllPairs(ctx, options, v, matrix, periods, metrics);
                timing.Step("compute and write all pairs");
                return 0;
            }

            var registry = StateRegistry.Default;
            var stateA = registry.Resolve(sa!);
            StateGroup? group = null;

            // A state first; only a name that is no state is looked up among the forums (which loads their record).
            if (!registry.TryResolve(sb!, null, out var stateB))
            {
                if (!ForumStore.Load(db).TryGroup(sb!, out var forumGroup))
                {
                    stateB = registry.Resolve(sb!);
                }
                else
                {
                    if (wantIdeal)
                    {
                        throw new ArgumentException(IdealNeeds);
                    }

                    // A group's majority position becomes one more row; A itself is left out of the majority.
                    group = forumGroup;
                    matrix = GroupPosition.WithGroup(matrix, group, exclude: stateA.Code);
                    stateB = new State(group.Code, group.Name + " (majority position)", null, null, null);
                }
            }

            var rowA = matrix.RowOf(stateA.Code);
            var rowB = matrix.RowOf(stateB.Code);
            var counts = AllPairsAgreement.OnePair(matrix, periods, rowA, rowB);
            var rules = v.Convention.CoincidenceRules(matrix, periods);
            var distance = idealPoints is null ? null : IdealDistance(idealPoints, v.By, stateA.Code, stateB.Code);
            var columns = new List<string> { "period", "n" };
            columns.AddRange(metrics.Select(m => m.Column));
            columns.AddRange(["same", "opposite", "partial"]);
            if (distance is not null)
            {
                columns.Add("ideal_distance");
            }

            // Where a continued seat is joined (the USSR's votes as Russia's), each row names whose votes it counts.
            var joinedA = v.MergePredecessors && registry.SeatPredecessors(stateA.Code).Any();
            var joinedB = v.MergePredecessors && group is null && registry.SeatPredecessors(stateB.Code).Any();
            if (joinedA)
            {
                columns.Add("a_votes_of");
            }

            if (joinedB)
            {
                columns.Add("b_votes_of");
            }

            var table = new ResultTable($"Agreement of {stateA.Name} and {stateB.Name} in the {v.Forum.DisplayName()}", [.. columns]);
            table.Fact("a", Describe(registry, stateA.Code, v.MergePredecessors));
            table.Fact("b", group is null ? Describe(registry, stateB.Code, v.MergePredecessors) : $"{group.Code}: majority of the members that voted, as of each vote's date; ties have no position");
            v.Describe(table);
            for (var p = 0; p < periods.Count; p++)
            {
                var s = AgreementScores.From(counts[p], v.MinN, rules[p]);
                var row = new List<object?> { periods[p].Label, counts[p].N };
                row.AddRange(metrics.Select(m => (object?)m.Value(s)));
                row.AddRange([counts[p].Same, counts[p].Opposite, counts[p].Partial]);
                if (distance is not null)
                {
                    row.Add(distance(periods[p].Label));
                }

                if (joinedA)
                {
                    row.Add(JoinedSeats.VotesOf(registry, stateA.Code, v.MergePredecessors, matrix, periods[p]));
                }

                if (joinedB)
                {
                    row.Add(JoinedSeats.VotesOf(registry, stateB.Code, v.MergePredecessors, matrix, periods[p]));
                }

                table.Add([.. row]);
            }

            if (distance is not null)
            {
                table.Notes.Add(v.By == PeriodKind.Year
                    ? "ideal_distance: for the regular session that opened in that year (session N opens in September of 1945 + N), on Concord's ideal-point scale (aligned to the Bailey-Strezhnev-Voeten scale by one linear map; not BSV's published values)."
                    : "ideal_distance: for the session, on Concord's ideal-point scale (aligned to the Bailey-Strezhnev-Voeten scale by one linear map; not BSV's published values).");
            }

            if (counts.Any(c => c.N < v.MinN))
            {
                table.Notes.Add($"Periods with fewer than {v.MinN} common votes have no value (n is shown).");
            }

            if (v.By == PeriodKind.Year && metrics.Length > 0)
            {
                // Where the level of the first measure shifts (least-squares segmentation, penalised; docs/methods.md).
                var segments = Analysis.ChangePoints.YearlyChangePoints.Find(periods, counts, v.MinN, metrics[0].Value, rules);
                table.Fact($"{metrics[0].Column}_segments", Analysis.ChangePoints.YearlyChangePoints.Describe(segments));
            }

            ctx.Write(table, options.Format);
            return 0;
        }));
        return cmd;
    }

    /// <summary>The ideal-point distance by period label (a year, or a session: session N opened in 1945 + N).</summary>
    private static Func<string, double?> IdealDistance(IdealPointSet set, PeriodKind by, string a, string b)
    {
        var distances = set.Distance(a, b).ToDictionary(d => d.Year, d => d.Distance);
        var offset = by == PeriodKind.Session ? 1945 : 0;
        return label => int.TryParse(label, System.Globalization.CultureInfo.InvariantCulture, out var n) && distances.TryGetValue(n + offset, out var d) ? d : null;
    }

    internal static string Describe(StateRegistry registry, string code, bool merged)
    {
        var links = merged ? registry.SeatPredecessors(code).ToList() : [];
        return links.Count == 0 ? code : code + " (with " + string.Join(", ", links.Select(l => $"{l.Predecessor} before {l.From:yyyy-MM-dd}")) + ")";
    }

    private static void WriteAllPairs(CliContext ctx, AgreementOptions options, AgreementOptions.Values v, VoteMatrix matrix, IReadOnlyList<Period> periods, (string Column, Func<AgreementScores, double?> Value)[] metrics)
    {
        var format = ctx.Format(options.Format);
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

        ctx.Write(table, options.Format);
    }
}
