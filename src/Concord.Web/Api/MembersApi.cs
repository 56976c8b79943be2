using Concord.Council;
using Concord.States;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/members?forum=sc&amp;year=2019</c>: a forum's members by year, as <c>concord members sc</c>.</summary>
public static class MembersApi
{
    public sealed record MemberRow(int Year, string State, string Name, string Seat, int VotesOnRecord);

    public sealed record MembersResponse(string Title, string Forum, int? Year, IReadOnlyList<MemberRow> Rows);

    public static void MapMembers(this RouteGroupBuilder api) => api.MapGet("/members", Get);

    public static Results<Ok<MembersResponse>, FileContentHttpResult> Get(
        ServedRecord record,
        [FromQuery(Name = "forum")] string? forum,
        [FromQuery(Name = "year")] string? year,
        [FromQuery(Name = "format")] string? format)
    {
        // Only the Council for now; regional forums add their codes here when their membership data arrives.
        var f = Parameters.Choice(forum, "forum", null, ["sc"]) ?? throw new BadParameterException("forum", "'forum' is required: sc.");
        var y = Parameters.Year(year, "year", record);
        var csv = Parameters.Csv(format);
        var registry = StateRegistry.Default;
        var rows = CouncilMembership.ByYear(record.Council(mergePredecessors: true), y, y)
            .Select(m => new MemberRow(m.Year, m.State, registry.IsKnownCode(m.State) ? registry[m.State].Name : m.State, m.Permanent ? "permanent" : "elected", m.Votes))
            .ToList();
        if (csv)
        {
            return CsvExport.File("members-" + f, ["year", "state", "name", "seat", "votes_on_record"], rows.Select(r => new object?[] { r.Year, r.State, r.Name, r.Seat, r.VotesOnRecord }));
        }

        return TypedResults.Ok(new MembersResponse("Security Council members by year (from the record)", f, y, rows));
    }
}
