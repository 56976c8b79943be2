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

    public static RouteHandlerBuilder MapBrief(this RouteGroupBuilder api) => api.MapMethods("/brief", ApiRoutes.Read, Get);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        HttpContext http,
        BriefRenderer briefs,
        [FromQuery(Name = "a")] string? a,
        [FromQuery(Name = "b")] string? b,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "reference")] string? reference)
    {
        var record = http.Record();
        var request = BriefRequest.Read(QuestionArgs.Of(("a", a), ("b", b), ("from", from), ("to", to), ("reference", reference)), record);
        var (sa, sb) = (request.A, request.BCode);
        // The record's number in the key: a brief kept from the database served before a sync is never served after it.
        var key = $"{http.Features.Get<RecordLease>()!.Number}|{sa.Code}|{sb}|{request.Reference.Code}|{request.From}|{request.To}";
        // A cold ideal-point fit is awaited here, holding no thread and not the render's turn.
        await record.IdealPointsAsync().WaitAsync(http.RequestAborted);
        // On the server's record (its matrices and ideal points), inside the bounded render.
        var html = await briefs.GetAsync(key, () => Encoding.UTF8.GetBytes(BriefBuilder.Build(record, request).Html()), http.RequestAborted);
        if (html is null)
        {
            http.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(title: "Too many briefs are being written; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        http.Response.Headers.ContentSecurityPolicy = BriefPolicy;
        return TypedResults.File(html, "text/html; charset=utf-8", $"brief-{sa.Code}-{sb}.html");
    }
}
