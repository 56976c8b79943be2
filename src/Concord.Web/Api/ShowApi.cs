using Concord.Council;
using Concord.Domain;
using Concord.Store;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/show?symbol=A/RES/68/262</c>: one decision with every member's vote and its sources, as <c>concord show</c>.</summary>
public static class ShowApi
{
    public sealed record MemberVote(string State, string Name, string Vote, string Source, long? Line);

    public sealed record SourceLine(string Source, string File, long Line, string Key);

    public sealed record ShowResponse(string? Symbol, string Forum, DateOnly? Date, string? Title, string Kind, string Outcome, string? Tally, bool RecordedVote,
        string? Session, string? Draft, string? Meeting, string? AgendaItem, string? Topic, IReadOnlyList<string> VetoedBy, IReadOnlyList<MemberVote> Votes,
        IReadOnlyList<SourceLine> Sources, IReadOnlyList<string> OtherRollCalls, IReadOnlyList<WithheldVote> WithheldVotes, IReadOnlyList<Violation> Invariants,
        SponsorList? Sponsors);

    /// <summary>A resolution's sponsors (Assembly only; null for the Council): states first, then organs and names not
    /// mapped to a state. <c>Covered</c> is false where no sponsor list is on record, which is not "no sponsors".</summary>
    public sealed record SponsorList(bool Covered, string Coverage, IReadOnlyList<Sponsor> States, IReadOnlyList<Sponsor> NonState);

    /// <param name="Kind"><c>sponsor</c> (on the draft) or <c>additional</c> (joined later).</param>
    /// <param name="Class"><c>state</c>, <c>organ</c> or <c>unmapped</c>.</param>
    public sealed record Sponsor(string Kind, string Class, string? State, string Name, string? OnBehalfOf, string Source, string File, long Line);

    /// <summary>A vote a source gave that broke an invariant: shown, never analysed.</summary>
    public sealed record WithheldVote(string State, string Vote, string Source, long Line, string Class);

    public sealed record Violation(string Class, string? State, string Detail, string Outcome, string How, string Source, string File, long Line);

    public static void MapShow(this RouteGroupBuilder api) => api.MapGet("/show", Get);

    public static Results<Ok<ShowResponse>, ProblemHttpResult, FileContentHttpResult> Get(
        ServedRecord record,
        [FromQuery(Name = "symbol")] string? symbol,
        [FromQuery(Name = "format")] string? format)
    {
        var wanted = Parameters.Text(symbol, "symbol", 80) ?? throw new BadParameterException("symbol", "'symbol' is required, like A/RES/68/262 or S/2019/186.");
        var csv = Parameters.Csv(format);
        var detail = record.Query(db => DecisionQuery.Find(db, wanted));
        if (detail is null)
        {
            return TypedResults.Problem(title: "No such decision.", detail: "No decision with this symbol is on record.", statusCode: StatusCodes.Status404NotFound);
        }

        var votes = detail.Votes.Select(v => new MemberVote(v.State, v.Name, v.Vote.Label(), v.Source, v.Line)).ToList();
        var d = detail.Decision;
        if (csv)
        {
            return CsvExport.File("show-" + string.Concat((d.Symbol ?? d.Key).Select(c => char.IsLetterOrDigit(c) ? c : '-')), ["state", "name", "vote", "source", "line"],
                votes.Select(v => new object?[] { v.State, v.Name, v.Vote, v.Source, v.Line }));
        }

        string? topic = d.Forum == "sc" ? CouncilTopics.Default.Explain(d.AgendaItem, d.Title, d.Subjects).Topic : null;
        var sponsors = d.Forum == "ga" ? record.Query(db => SponsorshipQuery.ForShow(db, d.Id)) : null;
        return TypedResults.Ok(new ShowResponse(d.Symbol, ForumCodes.Parse(d.Forum).DisplayName(), d.Date, d.Title, d.Kind, d.Outcome,
            d.Tally?.ToString(), d.RecordedVote, d.Session, d.Draft, d.Meeting, d.AgendaItem, topic, detail.Vetoers, votes,
            detail.Sources.Select(s => new SourceLine(s.Source, s.File, s.Line, s.SourceKey)).ToList(),
            detail.Related.Select(r => $"{r.Kind} {r.Date:yyyy-MM-dd} {r.Tally} {r.Key}").ToList(),
            detail.Withheld.Select(w => new WithheldVote(w.State, w.Vote.Label(), w.Source, w.Line, w.Class)).ToList(),
            detail.Violations.Select(x => new Violation(x.Class, x.State, x.Detail, x.Outcome, x.How, x.Source, x.File, x.Line)).ToList(),
            sponsors is null ? null : new SponsorList(sponsors.Covered, sponsors.Coverage, [.. sponsors.States.Select(ToSponsor)], [.. sponsors.NonState.Select(ToSponsor)])));
    }

    private static Sponsor ToSponsor(SponsorshipQuery.Row r) => new(r.Kind, r.Class, r.State, r.Name, r.OnBehalfOf, r.Source, r.File, r.Line);
}
