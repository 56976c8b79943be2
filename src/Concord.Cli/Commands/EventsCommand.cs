using System.CommandLine;
using Concord.Cli.Output;
using Concord.Forums;
using Concord.States;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord events</c>: exercises, patrols, leaders' meetings, treaties and joint statements, listed or counted by year.</summary>
internal static class EventsCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var between = new Option<string?>("--between") { Description = "Only events in which all these states took part (comma-separated codes or names, e.g. CHN,RUS)." };
        var type = new Option<string?>("--type") { Description = "exercise, patrol, meeting, treaty or statement." };
        var by = new Option<string?>("--by") { Description = "year: count events per year (every year of the range, zeros included)." };
        by.AcceptOnlyFromAmong("year");
        var from = new Option<int?>("--from") { Description = "First year (inclusive)." };
        var to = new Option<int?>("--to") { Description = "Last year (inclusive)." };
        var source = new Option<string>("--source") { Description = "curated (the cited rows shipped with Concord and the user's files), datasets (MME, JME, Russia list), or all (default).", DefaultValueFactory = _ => "all" };
        source.AcceptOnlyFromAmong("all", "curated", "datasets");
        var duplicates = new Option<bool>("--with-duplicates") { Description = "Also list dataset rows that describe an event already in the record (not counted)." };
        var format = CliContext.FormatOption();
        var cmd = new Command("events", "Bilateral and multilateral events with their sources: joint exercises, patrols, leaders' meetings, treaties, joint statements.")
        {
            between, type, by, from, to, source, duplicates, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var (y0, y1) = (ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            Validate.Years(y0, y1);
            EventKind? kind = null;
            if (ctx.Parse.GetValue(type) is { } t)
            {
                kind = EventKinds.TryParse(t, out var k) ? k : throw new ArgumentException($"--type '{t}': use exercise, patrol, meeting, treaty or statement.");
            }

            var states = (ctx.Parse.GetValue(between) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => StateRegistry.Default.Resolve(s).Code).Distinct().ToList();
            var origin = ctx.Parse.GetValue(source)!;
            var withDuplicates = ctx.Parse.GetValue(duplicates);
            using var db = ctx.OpenDatabase();
            var all = ForumStore.Load(db).Events;
            var coverage = ExerciseCoverage.Describe(ExerciseCoverage.Of(all), states);
            var events = all
                .Where(e => kind is null || e.Kind == kind)
                .Where(e => e.Involves(states))
                .Where(e => origin == "all" || (origin == "datasets") == e.Origin.IsDataset)
                .Where(e => (y0 is null || e.Start.Year >= y0) && (y1 is null || e.Start.Year <= y1))
                .ToList();
            var what = (kind?.Label() ?? "event") + "s" + (states.Count > 0 ? " of " + string.Join(", ", states) : "");
            if (ctx.Parse.GetValue(by) is "year")
            {
                var perYear = ByYear(events.Where(e => e.DuplicateOf is null).ToList(), what, y0, y1);
                perYear.Notes.Add(coverage);
                ctx.Write(perYear, format);
                return 0;
            }

            var table = new ResultTable($"{char.ToUpperInvariant(what[0])}{what[1..]}", "start", "end", "kind", "name", "participants", "place", "origin", "source", "duplicate_of");
            foreach (var e in events.Where(e => withDuplicates || e.DuplicateOf is null))
            {
                table.Add(e.Start.ToString(), e.End?.ToString(), e.Kind.Label(), e.Name, string.Join(" ", e.Participants), e.Place, e.Origin.ToString(), e.Source.ToString(), e.DuplicateOf);
            }

            table.Fact("events", events.Count(e => e.DuplicateOf is null));
            table.Fact("dataset_rows_matched_to_recorded_events", events.Count(e => e.DuplicateOf is not null));
            table.Notes.Add("Dates are as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY. Dataset rows that describe an event already in the record are not counted (--with-duplicates lists them); the rule is in docs/data.md.");
            table.Notes.Add(coverage);
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    /// <summary>One row per year of the range (from --from/--to, else from the first to the last event), zeros included.</summary>
    private static ResultTable ByYear(List<BilateralEvent> events, string what, int? from, int? to)
    {
        var table = new ResultTable($"{char.ToUpperInvariant(what[0])}{what[1..]} by year", "year", "events", "curated", "datasets", "names");
        if (events.Count == 0 && (from is null || to is null))
        {
            table.Notes.Add("No events match.");
            return table;
        }

        var first = from ?? events.Min(e => e.Start.Year);
        var last = to ?? events.Max(e => e.Start.Year);
        for (var y = first; y <= last; y++)
        {
            var inYear = events.Where(e => e.Start.Year == y).OrderBy(e => e.Start).ToList();
            table.Add(y, inYear.Count, inYear.Count(e => !e.Origin.IsDataset), inYear.Count(e => e.Origin.IsDataset), string.Join("; ", inYear.Select(e => e.Name)));
        }

        table.Fact("total", events.Count);
        table.Notes.Add("Each event counts once, in the year it started. 'datasets' counts rows of MME, JME or the Russia list that match no curated event (docs/data.md).");
        return table;
    }
}
