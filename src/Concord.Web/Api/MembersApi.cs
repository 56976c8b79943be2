using Concord.Council;
using Concord.Forums;
using Concord.States;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/members?forum=sc&amp;year=2019</c> or <c>/api/members?forum=SCO&amp;on=2024-07-04</c>: a forum's members, as <c>concord members</c>.</summary>
public static class MembersApi
{
    public sealed record MemberRow(int Year, string State, string Name, string Seat, int VotesOnRecord);

    public sealed record MembersResponse(string Title, string Forum, int? Year, IReadOnlyList<MemberRow> Rows);

    public sealed record ForumMemberRow(string State, string Name, string Role, string From, string? To, string Source);

    public sealed record ForumMembersResponse(string Title, string Forum, DateOnly On, IReadOnlyList<ForumMemberRow> Rows);

    public static RouteHandlerBuilder MapMembers(this RouteGroupBuilder api) => api.MapGet("/members", Get);

    public static Results<Ok<MembersResponse>, Ok<ForumMembersResponse>, FileContentHttpResult> Get(
        RecordSource record,
        [FromQuery(Name = "forum")] string? forum,
        [FromQuery(Name = "year")] string? year,
        [FromQuery(Name = "on")] string? on,
        [FromQuery(Name = "format")] string? format)
    {
        var codes = new List<string> { "sc" };
        codes.AddRange(record.Forums.Forums.Select(x => x.Code));
        var f = Parameters.Choice(forum, "forum", null, codes) ?? throw new QueryRefusal("forum", $"'forum' is required: {string.Join(", ", codes)}.");
        // Each kind of forum takes its own time parameter; the other one would be ignored and the answer would be for
        // another question (today's members when a year was asked), so it is refused like an unknown parameter.
        if (f != "sc")
        {
            if (year is not null)
            {
                throw new QueryRefusal("year", $"'year' applies to forum=sc; a regional forum's members are asked for a day: on=YYYY-MM-DD.");
            }

            return Regional(record, f, on, Parameters.Csv(format));
        }

        if (on is not null)
        {
            throw new QueryRefusal("on", "'on' applies to regional forums; the Security Council's members are asked by year: year=YYYY.");
        }

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

        return TypedResults.Ok(new MembersResponse("Security Council members by year (membership register; votes from the record)", f, y, rows));
    }

    /// <summary>A regional forum's members, observers and partners on a day (today when not given), each with its source.</summary>
    private static Results<Ok<MembersResponse>, Ok<ForumMembersResponse>, FileContentHttpResult> Regional(RecordSource record, string forum, string? on, bool csv)
    {
        var text = Parameters.Text(on, "on", 10);
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day))
        {
            throw new QueryRefusal("on", "'on' is a date written yyyy-MM-dd.");
        }

        if (day.Year < 1945 || day.Year > 2100)
        {
            throw new QueryRefusal("on", "'on' is between 1945 and 2100.");
        }

        var registry = StateRegistry.Default;
        var rows = record.Forums.On(forum, day)
            .OrderBy(m => m.Role).ThenBy(m => m.State, StringComparer.Ordinal)
            .Select(m => new ForumMemberRow(m.State, registry.IsKnownCode(m.State) ? registry[m.State].Name : m.State, m.Role.Label(), m.From.ToString(), m.To?.ToString(), m.Source.ToString()))
            .ToList();
        if (csv)
        {
            return CsvExport.File("members-" + forum, ["state", "name", "role", "from", "to", "source"], rows.Select(r => new object?[] { r.State, r.Name, r.Role, r.From, r.To, r.Source }));
        }

        return TypedResults.Ok(new ForumMembersResponse($"{forum} on {day:yyyy-MM-dd} (curated record, with sources)", forum, day, rows));
    }
}
