using System.CommandLine;
using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Questions.Catalog;
using Concord.Questions.IdealPoints;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary>The command line's own part of <c>concord ideal</c> (the question is <see cref="Questions.IdealPoints.IdealQuestion"/>):
/// fitting when no fit is cached, or again with <c>--refit</c>, and keeping the fit in the cache file beside the database.</summary>
/// <remarks>A question never writes (the server answers from a read-only database); the command line may, so the fit a
/// command makes is kept for the next command, the brief and the server.</remarks>
internal static class IdealRefit
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var refit = new Option<bool>("--refit") { Description = "Estimate again (and cache the new fit) instead of reading the fit cached beside the database." };
        return QuestionCommand.Build(QuestionCatalog.Ideal, stdout, stderr, [refit], (ctx, args) =>
        {
            // The parameters are checked before a fit that takes seconds.
            using (var record = ctx.OpenRecord())
            {
                Questions.IdealPoints.IdealQuestion.Read(record, args);
            }

            var timing = Timing.Start(ctx.Err);
            var set = Load(ctx, ctx.Parse.GetValue(refit));
            timing.Step(set.Iterations is { } n ? $"ideal points (fitted, {n} iterations)" : "ideal points (cached)");
            return null;
        });
    }

    /// <summary>The cached fit, or a new one, kept in the cache file beside the database (never in the database:
    /// only the sync writes it, so that concurrent queries never meet a writer's lock).</summary>
    public static IdealPointSet Load(CliContext ctx, bool refit)
    {
        using var db = ctx.OpenDatabase();
        var set = IdealPointFits.Get(db, refit, out var fitted);
        if (fitted && !IdealPointCache.Write(db, set))
        {
            ctx.Err.WriteLine($"note: could not write the ideal points to {IdealPointCache.PathFor(db.Path)} (the folder is not writable); they were estimated for this run only.");
        }

        return set;
    }
}
