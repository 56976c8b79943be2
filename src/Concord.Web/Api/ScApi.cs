using Concord.Council;
using Concord.Domain;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/sc?a=CHN&amp;b=RUS</c>: two members' Council pattern by period, and with <c>list=joint-veto</c> (etc.) the
/// decisions behind a count, as <c>concord sc A B</c>.</summary>
public static class ScApi
{
    /// <summary>One period; <see cref="Counts"/> is keyed by the kind's name (<c>joint-veto</c>, <c>co-abstention</c>, ...), the value of <c>list</c> that lists them.</summary>
    /// <param name="Counts">Null where the count cannot be known (votes not on record); <see cref="Unknown"/> says how many decisions are in doubt.</param>
    /// <param name="Unknown">Per kind, the decisions that may be of that kind but whose member votes are not on record (kinds with none are left out).</param>
    public sealed record PatternRow(string Period, int Decisions, int BothVoted, IReadOnlyDictionary<string, int?> Counts, IReadOnlyDictionary<string, int> Unknown, IReadOnlyDictionary<string, string> Shown);

    public sealed record CaseRow(string Period, DateOnly Date, string Symbol, string Outcome, string Topic, string? Tally, string VoteA, string VoteB, IReadOnlyList<string> VetoedBy, string? AgendaItem);

    public sealed record ScResponse(string Title, StateRef A, StateRef B, string By, int? From, int? To, IReadOnlyList<string> Kinds, IReadOnlyList<PatternRow> Rows,
        string? List, IReadOnlyList<CaseRow>? Cases, IReadOnlyList<string> Notes);

    public static RouteHandlerBuilder MapSc(this RouteGroupBuilder api) => api.MapGet("/sc", Get);

    public static Results<Ok<ScResponse>, FileContentHttpResult> Get(
        RecordSource record,
        [FromQuery(Name = "a")] string? a,
        [FromQuery(Name = "b")] string? b,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "by")] string? by,
        [FromQuery(Name = "list")] string? list,
        [FromQuery(Name = "no-predecessors")] string? noPredecessors,
        [FromQuery(Name = "format")] string? format)
    {
        var sa = Parameters.State(a, "a");
        var sb = Parameters.State(b, "b");
        var (fromYear, toYear) = Parameters.Years(from, to, record);
        var grouping = Enum.Parse<CouncilPattern.Grouping>(Parameters.Choice(by, "by", "period", ["period", "year", "topic"])!, ignoreCase: true);
        var listed = Parameters.Choice(list, "list", null, PatternKinds.Codes);
        var merge = !Parameters.Flag(noPredecessors, "no-predecessors");
        var csv = Parameters.Csv(format);

        var council = record.Council(merge);
        var periods = CouncilPattern.Compute(council, sa.Code, sb.Code, grouping, fromYear, toYear);
        var kinds = Enum.GetValues<PatternKind>();
        var rows = periods.Select(p => new PatternRow(p.Period, p.Decisions, p.BothVoted, kinds.ToDictionary(k => k.Code(), p.KnownCount),
            kinds.Where(k => p.UnknownCount(k) > 0).ToDictionary(k => k.Code(), p.UnknownCount), kinds.ToDictionary(k => k.Code(), p.Describe))).ToList();
        List<CaseRow>? cases = null;
        string title = $"{sa.Name} and {sb.Name} in the Security Council";
        if (listed is not null)
        {
            PatternKinds.TryParse(listed, out var kind);
            title = kind.Describe(sa.Code, sb.Code);
            cases = periods.SelectMany(p => (p.Cases.TryGetValue(kind, out var found) ? found : []).Select(d => new CaseRow(p.Period, d.Date, d.Label,
                d.Outcome.ToString().ToLowerInvariant(), d.Topic, d.Tally?.ToString(), d.VoteOf(sa.Code).Label(), d.VoteOf(sb.Code).Label(), d.VetoedByLabels, d.AgendaItem))).ToList();
        }

        if (csv && cases is not null)
        {
            return CsvExport.File($"sc-{sa.Code}-{sb.Code}-{listed}", ["period", "date", "symbol", "outcome", "topic", "tally", sa.Code, sb.Code, "vetoed_by", "agenda_item"],
                cases.Select(c => new object?[] { c.Period, c.Date, c.Symbol, c.Outcome, c.Topic, c.Tally, c.VoteA, c.VoteB, string.Join(" ", c.VetoedBy), c.AgendaItem }));
        }

        if (csv)
        {
            var codes = kinds.Select(k => k.Code()).ToList();
            return CsvExport.File($"sc-{sa.Code}-{sb.Code}", ["period", "decisions", "both_voted", .. codes],
                rows.Select(r => new object?[] { r.Period, r.Decisions, r.BothVoted }.Concat(codes.Select(c => (object?)r.Shown[c])).ToArray()));
        }

        var notes = new List<string>
        {
            "Co-abstentions count adopted resolutions; lone votes and split votes count decisions where both members' votes are recorded.",
            "A count is null (shown 'unknown' or 'at least') where one member vetoed and the other's vote is not on record; 'unknown' says how many such decisions there are.",
        };
        notes.AddRange(VetoQuery.CoverageNotes(council));
        return TypedResults.Ok(new ScResponse(title, StateRef.Of(sa, merge), StateRef.Of(sb, merge), grouping.ToString().ToLowerInvariant(), fromYear, toYear,
            PatternKinds.Codes, rows, listed, cases, notes));
    }
}
