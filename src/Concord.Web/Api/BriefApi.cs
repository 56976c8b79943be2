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

    public static void MapBrief(this RouteGroupBuilder api) => api.MapGet("/brief", Get);

    public static FileContentHttpResult Get(
        HttpContext http,
        ServedRecord record,
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
        // The served ideal points (fitted once per server), not a new fit per brief; the HTML is rendered outside the database lock.
        var idealPoints = record.IdealPoints;
        var doc = record.Query(db => BriefBuilder.Build(db, sa, sb, sr, fromYear!.Value, toYear ?? record.LastYear, idealPoints));
        var html = doc.Html();
        http.Response.Headers.ContentSecurityPolicy = BriefPolicy;
        return TypedResults.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"brief-{sa.Code}-{sb.Code}.html");
    }
}
