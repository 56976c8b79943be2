using Concord.Forums;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/events?between=CHN,RUS&amp;type=exercise&amp;by=year</c>: bilateral events with their sources, as <c>concord events</c>.</summary>
public static class EventsApi
{
    public sealed record EventRow(string Start, string? End, string Type, string Name, IReadOnlyList<string> Participants, string? Place, string Origin, string Source);

    public sealed record YearRow(int Year, int Events);

    /// <param name="Coverage">Which exercise datasets cover the asked states and for which years (<see cref="ExerciseCoverage.Describe"/>, the wording <c>concord events</c> prints).</param>
    public sealed record EventsResponse(string Title, IReadOnlyList<string> Between, string? Type, int? From, int? To, int Events, IReadOnlyList<EventRow> Rows, IReadOnlyList<YearRow>? ByYear, string Coverage);

    public static void MapEvents(this RouteGroupBuilder api) => api.MapGet("/events", Get);

    public static Results<Ok<EventsResponse>, FileContentHttpResult> Get(
        ServedRecord record,
        [FromQuery(Name = "between")] string? between,
        [FromQuery(Name = "type")] string? type,
        [FromQuery(Name = "by")] string? by,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "format")] string? format)
    {
        var states = Parameters.States(between, "between", 10);
        var kindText = Parameters.Choice(type, "type", null, [.. Enum.GetValues<EventKind>().Select(k => k.Label())]);
        EventKind? kind = kindText is null ? null : Enum.GetValues<EventKind>().First(k => k.Label() == kindText);
        var byYear = Parameters.Choice(by, "by", "none", ["none", "year"]) == "year";
        var y0 = Parameters.Int(from, "from", 1945, 1945, 2100);
        var y1 = Parameters.Int(to, "to", 2100, 1945, 2100);
        if (y0 > y1)
        {
            throw new BadParameterException("from", "'from' is after 'to'.");
        }

        var csv = Parameters.Csv(format);
        var events = record.Forums.Events
            .Where(e => e.DuplicateOf is null && (kind is null || e.Kind == kind) && e.Involves(states) && e.Start.Year >= y0 && e.Start.Year <= y1)
            .OrderBy(e => e.Start)
            .ToList();
        var rows = events.Select(e => new EventRow(e.Start.ToString(), e.End?.ToString(), e.Kind.Label(), e.Name, e.Participants, e.Place, e.Origin.ToString(), e.Source.ToString())).ToList();
        List<YearRow>? years = null;
        if (byYear && events.Count > 0)
        {
            var first = Math.Max(y0, events[0].Start.Year);
            var last = Math.Min(y1, events[^1].Start.Year);
            years = [.. Enumerable.Range(first, last - first + 1).Select(y => new YearRow(y, events.Count(e => e.Start.Year == y)))];
        }

        if (csv)
        {
            return years is not null
                ? CsvExport.File("events-by-year", ["year", "events"], years.Select(r => new object?[] { r.Year, r.Events }))
                : CsvExport.File("events", ["start", "end", "type", "name", "participants", "place", "origin", "source"],
                    rows.Select(r => new object?[] { r.Start, r.End, r.Type, r.Name, string.Join(" ", r.Participants), r.Place, r.Origin, r.Source }));
        }

        return TypedResults.Ok(new EventsResponse("Events on record (curated, with sources; dataset rows already recorded are not counted twice)", states, kindText, from is null ? null : y0, to is null ? null : y1, events.Count, rows, years,
            ExerciseCoverage.Describe(ExerciseCoverage.Of(record.Forums.Events), states)));
    }
}
