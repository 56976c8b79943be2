using Concord.Analysis.IdealPoints;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/ideal?states=CHN,RUS,USA&amp;from=1992</c>: dynamic ideal points with 90% intervals, as <c>concord ideal</c>.</summary>
public static class IdealApi
{
    public sealed record IdealRow(string State, int Year, double Position, double Lower, double Upper, int Votes);

    public sealed record IdealResponse(string Title, string Model, IReadOnlyList<string> States, int? From, int? To, IReadOnlyList<IdealRow> Rows);

    public static RouteHandlerBuilder MapIdeal(this RouteGroupBuilder api) => api.MapGet("/ideal", Get);

    public static Results<Ok<IdealResponse>, FileContentHttpResult> Get(
        RecordSource record,
        [FromQuery(Name = "states")] string? states,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "format")] string? format)
    {
        var codes = Parameters.States(states, "states", 10);
        if (codes.Count == 0)
        {
            throw new QueryRefusal("states", "'states' is required: one to ten codes, e.g. CHN,RUS,USA.");
        }

        var (fromYear, toYear) = Parameters.Years(from, to, record);
        var csv = Parameters.Csv(format);
        var set = record.IdealPoints;
        var rows = codes.SelectMany(set.ForState)
            .Where(p => (fromYear is null || p.Year >= fromYear) && (toYear is null || p.Year <= toYear))
            .Select(p => new IdealRow(p.State, p.Year, Math.Round(p.Position, 4), Math.Round(p.Lower, 4), Math.Round(p.Upper, 4), p.Votes))
            .ToList();
        if (csv)
        {
            return CsvExport.File("ideal", ["state", "year", "position", "lower", "upper", "votes"], rows.Select(r => new object?[] { r.State, r.Year, r.Position, r.Lower, r.Upper, r.Votes }));
        }

        return TypedResults.Ok(new IdealResponse($"Dynamic ideal points (year = the year the regular session opened; {IdealPointFitter.ScaleInWords(set)}; the United States positive)", set.Model, codes, fromYear, toYear, rows));
    }
}
