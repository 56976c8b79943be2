using System.Text;
using Concord.Reports.Brief;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/brief?a=CHN&amp;b=RUS&amp;from=1992</c>: the written brief as one HTML file to download, as <c>concord brief</c>.</summary>
public static class BriefApi
{
    /// <summary>The brief is one self-contained file with inline styles and SVG; it loads nothing, so nothing else is allowed.</summary>
    private const string BriefPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static RouteHandlerBuilder MapBrief(this RouteGroupBuilder api) => api.MapGet("/brief", Get);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        HttpContext http,
        RecordSource record,
        BriefRenderer briefs,
        [FromQuery(Name = "a")] string? a,
        [FromQuery(Name = "b")] string? b,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "reference")] string? reference)
    {
        var sa = Parameters.OptionalState(a, "a") ?? Parameters.State("CHN", "a");
        var sb = Parameters.OptionalState(b, "b") ?? Parameters.State("RUS", "b");
        var sr = Parameters.OptionalState(reference, "reference") ?? Parameters.State("USA", "reference");
        var (fromYear, toYear) = Parameters.Years(from ?? "1992", to, record);
        // The brief is about the Assembly seat (predecessors merged, as `concord brief`): a state whose seat passed to
        // another (the USSR's to Russia, Yugoslavia's to Serbia) has no row of its own, which is the caller's mistake.
        var ga = record.Matrix(Domain.Forum.GeneralAssembly, mergePredecessors: true);
        foreach (var (state, name) in new[] { (sa, "a"), (sb, "b"), (sr, "reference") })
        {
            if (!ga.TryRowOf(state.Code, out _))
            {
                throw new QueryRefusal(name, $"'{name}': {state.Code} ({state.Name}) has no recorded votes of its own in the General Assembly (a seat that passed to a successor is counted under the successor).");
            }
        }

        var last = toYear ?? record.LastYear;
        var key = $"{sa.Code}|{sb.Code}|{sr.Code}|{fromYear}|{last}";
        // The served ideal points (fitted once per server, inside the bounded render), not a new fit per brief.
        var html = await briefs.GetAsync(key, () => Encoding.UTF8.GetBytes(record.BriefQuery(db => BriefBuilder.Build(db, sa, sb, sr, fromYear!.Value, last, record.IdealPoints)).Html()), http.RequestAborted);
        if (html is null)
        {
            http.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(title: "Too many briefs are being written; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        http.Response.Headers.ContentSecurityPolicy = BriefPolicy;
        return TypedResults.File(html, "text/html; charset=utf-8", $"brief-{sa.Code}-{sb.Code}.html");
    }
}
