using System.CommandLine;
using Concord.Analysis.IdealPoints;
using Concord.Cli.Output;
using Concord.States;

namespace Concord.Cli.Commands;

/// <summary><c>concord ideal</c>: each state's dynamic ideal point by year (General Assembly), with its 90% interval.</summary>
internal static class IdealCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<int?>("--from") { Description = "First year (the year a regular session opened; inclusive)." };
        var to = new Option<int?>("--to") { Description = "Last year (inclusive)." };
        var states = new Option<string?>("--states") { Description = "Only these states, comma-separated (codes or names), e.g. USA,CHN,RUS." };
        var refit = new Option<bool>("--refit") { Description = "Estimate again instead of reading the fit cached in the database." };
        var compare = new Option<bool>("--compare-reference") { Description = "Instead of positions: Pearson's r with the Bailey-Strezhnev-Voeten estimates across states, year by year." };
        var format = CliContext.FormatOption();
        var cmd = new Command("ideal", "Dynamic ideal points: one position per state and year from every contested General Assembly vote (ordered probit, random walk).")
        {
            from, to, states, refit, compare, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var (fromYear, toYear) = (ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            Validate.Years(fromYear, toYear);
            var registry = StateRegistry.Default;
            HashSet<string>? only = ctx.Parse.GetValue(states) is { } list
                ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => registry.Resolve(s).Code)]
                : null;
            var timing = Timing.Start(ctx.Err);
            var set = Load(ctx, ctx.Parse.GetValue(refit));
            timing.Step(set.Iterations is { } n ? $"ideal points (fitted, {n} iterations)" : "ideal points (cached)");
            bool InFrame(int year) => (fromYear is null || year >= fromYear) && (toYear is null || year <= toYear);

            if (ctx.Parse.GetValue(compare))
            {
                using var db = ctx.OpenDatabase();
                var reference = IdealPointFitter.ReadReference(db);
                var table = new ResultTable("Concord's ideal points against Bailey-Strezhnev-Voeten (IdealPointFP), by year", "year", "states", "pearson", "outlier", "outlier_residual");
                table.Fact("model", set.Model);
                foreach (var y in ReferenceComparison.ByYear(set, reference))
                {
                    if (InFrame(y.Year))
                    {
                        table.Add(y.Year, y.States, y.Pearson, y.Outlier, y.OutlierResidual);
                    }
                }

                table.Notes.Add("outlier: the state furthest from the year's regression line of the reference on Concord (residual in reference units).");
                ctx.Write(table, format);
                return 0;
            }

            var result = new ResultTable("Ideal points in the UN General Assembly", "state", "year", "position", "lower", "upper", "votes");
            result.Fact("model", set.Model);
            result.Fact("fitted_at_utc", set.FittedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            result.Fact("interval", "90%: position ± 1.645 posterior sd (Laplace approximation at the mode)");
            foreach (var p in set.Points)
            {
                if (InFrame(p.Year) && (only is null || only.Contains(p.State)))
                {
                    result.Add(p.State, p.Year, p.Position, p.Lower, p.Upper, p.Votes);
                }
            }

            if (only is not null)
            {
                foreach (var s in only.Where(s => !set.Points.Any(p => p.State == s)))
                {
                    result.Notes.Add($"{s} has no ideal point: no contested General Assembly vote on record.");
                }
            }

            result.Notes.Add($"year = the year the regular session opened (session 80, Sept 2025 to Sept 2026, is 2025); positions: {IdealPointFitter.ScaleInWords(set)}; the United States positive. BSV's own figures are in their file (reference/Idealpointestimates1946-2025.tab); --compare-reference correlates the two year by year.");
            ctx.Write(result, format);
            return 0;
        }));
        return cmd;
    }

    /// <summary>The cached fit, or a new one, kept in the cache file beside the database (never in the database:
    /// only the sync writes it, so that concurrent queries never meet a writer's lock).</summary>
    internal static IdealPointSet Load(CliContext ctx, bool refit)
    {
        using var db = ctx.OpenDatabase();
        var set = IdealPointFitter.Get(db, refit, out var fitted);
        if (fitted && !IdealPointCache.Write(db, set))
        {
            ctx.Err.WriteLine($"note: could not write the ideal points to {IdealPointCache.PathFor(db.Path)} (the folder is not writable); they were estimated for this run only.");
        }

        return set;
    }
}
