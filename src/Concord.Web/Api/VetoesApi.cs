using Concord.Council;
using Concord.Domain;
using Concord.States;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/vetoes?by=CHN,RUS&amp;joint=true</c>: vetoed Council drafts, as <c>concord vetoes</c>.</summary>
public static class VetoesApi
{
    /// <param name="VetoedBy">The states that cast the veto, as they were (the USSR as SUN).</param>
    /// <param name="CountedAs">The seats the veto is counted under (the USSR's as Russia's when predecessors are joined).</param>
    public sealed record VetoRow(DateOnly Date, string Draft, string? Meeting, string Topic, IReadOnlyList<string> VetoedBy, IReadOnlyList<string> CountedAs, string? Tally, string? AgendaItem);

    public sealed record VetoesResponse(string Title, IReadOnlyList<string> By, bool Joint, int? From, int? To, string? Topic, int Vetoes, int JointVetoes, IReadOnlyList<VetoRow> Rows, IReadOnlyList<string> Notes);

    public static RouteHandlerBuilder MapVetoes(this RouteGroupBuilder api) => api.MapGet("/vetoes", Get);

    public static Results<Ok<VetoesResponse>, FileContentHttpResult> Get(
        RecordSource record,
        [FromQuery(Name = "by")] string? by,
        [FromQuery(Name = "joint")] string? joint,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "topic")] string? topic,
        [FromQuery(Name = "no-predecessors")] string? noPredecessors,
        [FromQuery(Name = "format")] string? format)
    {
        var members = Members(by);
        var isJoint = Parameters.Flag(joint, "joint");
        var (fromYear, toYear) = Parameters.Years(from, to, record);
        var t = Parameters.Text(topic, "topic", 80);
        var merge = !Parameters.Flag(noPredecessors, "no-predecessors");
        var csv = Parameters.Csv(format);

        var council = record.Council(merge);
        var list = VetoQuery.List(council, members, isJoint, fromYear, toYear, t);
        var rows = list.Select(d => new VetoRow(d.Date, d.Draft ?? d.Symbol ?? d.Label, d.Meeting, d.Topic, d.VetoersAsCast.Count > 0 ? d.VetoersAsCast : d.Vetoers, d.Vetoers, d.Tally?.ToString(), d.AgendaItem)).ToList();
        if (csv)
        {
            return CsvExport.File("vetoes", ["date", "draft", "meeting", "topic", "vetoed_by", "counted_as", "tally", "agenda_item"],
                rows.Select(r => new object?[] { r.Date, r.Draft, r.Meeting, r.Topic, string.Join(" ", r.VetoedBy), string.Join(" ", r.CountedAs), r.Tally, r.AgendaItem }));
        }

        var notes = new List<string>(VetoQuery.CoverageNotes(council))
        {
            "A veto is a negative vote by a permanent member on a draft that therefore failed; drafts that lacked the nine (before 1966 seven) affirmative votes are 'failed', not vetoed.",
        };
        return TypedResults.Ok(new VetoesResponse("Vetoed Security Council drafts", members, isJoint, fromYear, toYear, t, list.Count, list.Count(d => d.Vetoers.Count >= 2), rows, notes));
    }

    /// <summary>At most the five permanent members, each a known state.</summary>
    private static List<string> Members(string? by)
    {
        var text = Parameters.Text(by, "by");
        if (text is null)
        {
            return [];
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 5)
        {
            throw new QueryRefusal("by", "'by' takes at most the five permanent members.");
        }

        return parts.Select(p => Parameters.State(p, "by").Code).Distinct().ToList();
    }
}
