using Concord.Questions.Status;
using Concord.Web.Hosting;

namespace Concord.Web.Api;

/// <summary><c>/api/status</c>: what the record holds (as <c>concord data status</c>), and the years the other endpoints accept.</summary>
public static class StatusApi
{
    public sealed record Coverage(string Forum, string Source, long Decisions, long RecordedVotes, long StateVotes, DateOnly? First, DateOnly? Last);

    public sealed record CouncilCoverage(int FirstResolution, int LastResolution, long Resolutions, IReadOnlyList<int> MissingNumbers, long VetoedDrafts, long FailedDrafts, DateOnly? FirstVeto, DateOnly? LastVeto);

    public sealed record StatusResponse(int FirstYear, int LastYear, DateOnly LastVote, IReadOnlyList<Coverage> Sources, CouncilCoverage Council);

    public static RouteHandlerBuilder MapStatus(this RouteGroupBuilder api) => api.MapMethods("/status", ApiRoutes.Read, Get);

    public static Ok<StatusResponse> Get(HttpContext http)
    {
        var record = http.Record();
        var status = record.Read(StatusQuestion.Run);
        var (rows, sc) = (status.Coverage, status.Council);
        return TypedResults.Ok(new StatusResponse(
            record.FirstYear,
            record.LastYear,
            record.LastVote,
            rows.Select(r => new Coverage(r.Forum, r.Source, r.Decisions, r.RecordedVotes, r.StateVotes, r.First, r.Last)).ToList(),
            new CouncilCoverage(sc.FirstResolution, sc.LastResolution, sc.Resolutions, sc.MissingNumbers, sc.VetoedDrafts, sc.FailedDrafts, sc.FirstVeto, sc.LastVeto)));
    }
}
